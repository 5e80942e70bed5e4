package dev.interviewlab.topic;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity
public class Category {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    private int position;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "name_en")),
            @AttributeOverride(name = "zh", column = @Column(name = "name_zh"))})
    private LocalizedText name;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "description_en")),
            @AttributeOverride(name = "zh", column = @Column(name = "description_zh"))})
    private LocalizedText description;

    protected Category() {
    }

    public Category(String slug, int position, LocalizedText name, LocalizedText description) {
        this.slug = slug;
        this.position = position;
        this.name = name;
        this.description = description;
    }

    /** Takes position, name and description from a newer definition of the same category. */
    public void updateFrom(Category definition) {
        this.position = definition.position;
        this.name = definition.name;
        this.description = definition.description;
    }

    public boolean sameAs(Category definition) {
        return slug.equals(definition.slug) && position == definition.position
                && name.equals(definition.name) && description.equals(definition.description);
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public int getPosition() {
        return position;
    }

    public LocalizedText getName() {
        return name;
    }

    public LocalizedText getDescription() {
        return description;
    }
}
