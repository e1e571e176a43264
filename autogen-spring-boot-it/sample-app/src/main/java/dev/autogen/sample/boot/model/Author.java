package dev.autogen.sample.boot.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

/**
 * Camel-case fields, so Boot's physical naming (full_name, born_on) is part of what is checked. The
 * identity ids are {@code Integer}: on SQLite only an {@code INTEGER PRIMARY KEY} column generates
 * values, and Hibernate's validation takes it for {@code integer}, refusing a {@code Long} id there
 * whoever made the table (docs/spring-boot.md).
 */
@Entity
public class Author {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    @Column(nullable = false, length = 120)
    private String fullName;

    private LocalDate bornOn;

    protected Author() {
    }

    public Author(String fullName, LocalDate bornOn) {
        this.fullName = fullName;
        this.bornOn = bornOn;
    }

    public Integer getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    public LocalDate getBornOn() {
        return bornOn;
    }
}
