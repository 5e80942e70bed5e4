package dev.interviewlab.quiz.bank;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BankFileRepository extends JpaRepository<BankFile, String> {
}
