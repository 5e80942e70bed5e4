package dev.interviewlab.quiz.bank;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An item file as last loaded: its location (e.g. classpath:db/content/quiz/websocket.yaml) and SHA-256. */
@Entity
@Table(name = "quiz_bank_file")
public class BankFile {

    @Id
    private String location;

    private String sha256;

    private Instant loadedAt;

    protected BankFile() {
    }

    public BankFile(String location, String sha256, Instant loadedAt) {
        this.location = location;
        this.sha256 = sha256;
        this.loadedAt = loadedAt;
    }

    public void loaded(String sha256, Instant now) {
        this.sha256 = sha256;
        this.loadedAt = now;
    }

    public String getLocation() {
        return location;
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getLoadedAt() {
        return loadedAt;
    }
}
