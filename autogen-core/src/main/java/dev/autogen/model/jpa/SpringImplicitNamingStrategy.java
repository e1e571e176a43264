package dev.autogen.model.jpa;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitJoinTableNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;

/**
 * The implicit naming Spring Boot applies: JPA-compliant, except that a join table is named after
 * the owning entity's table and the owning property ({@code book_authors}) instead of both entity
 * tables. Written here so that reading a Spring application's entities needs no Spring jar.
 */
final class SpringImplicitNamingStrategy extends ImplicitNamingStrategyJpaCompliantImpl {

    @Override
    public Identifier determineJoinTableName(ImplicitJoinTableNameSource source) {
        String name = source.getOwningPhysicalTableName() + "_"
                + source.getAssociationOwningAttributePath().getProperty();
        return toIdentifier(name, source.getBuildingContext());
    }
}
