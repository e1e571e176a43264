package dev.autogen.sample.boot.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/**
 * A many-to-one (main_author_id) and a many-to-many whose join table Boot's implicit naming calls
 * book_genres (Hibernate's own would say book_genre).
 */
@Entity
public class Book {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(precision = 10, scale = 2)
    private BigDecimal listPrice;

    @ManyToOne(optional = false)
    private Author mainAuthor;

    @ManyToMany
    private Set<Genre> genres = new HashSet<>();

    @Column(length = 20)
    private String isbnCode;

    protected Book() {
    }

    public Book(String title, BigDecimal listPrice, Author mainAuthor, String isbnCode) {
        this.title = title;
        this.listPrice = listPrice;
        this.mainAuthor = mainAuthor;
        this.isbnCode = isbnCode;
    }

    public Integer getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public BigDecimal getListPrice() {
        return listPrice;
    }

    public Author getMainAuthor() {
        return mainAuthor;
    }

    public Set<Genre> getGenres() {
        return genres;
    }

    public String getIsbnCode() {
        return isbnCode;
    }
}
