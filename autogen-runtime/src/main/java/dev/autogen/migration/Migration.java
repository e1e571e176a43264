package dev.autogen.migration;

/** One revision: the changes it makes and their exact reverse. */
public interface Migration {
    void upgrade(Operations op);

    void downgrade(Operations op);
}
