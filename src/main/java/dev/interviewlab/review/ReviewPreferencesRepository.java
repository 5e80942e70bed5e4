package dev.interviewlab.review;

import dev.interviewlab.quiz.attempt.OwnerType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

public interface ReviewPreferencesRepository extends JpaRepository<ReviewPreferences, Long> {

    @Query("select p from ReviewPreferences p where p.owner.type = :ownerType and p.owner.key = :ownerKey")
    Optional<ReviewPreferences> findOf(OwnerType ownerType, String ownerKey);

    @Modifying(flushAutomatically = true)
    @Query("delete from ReviewPreferences p where p.owner.type = :ownerType and p.owner.key = :ownerKey")
    int deleteAllOf(OwnerType ownerType, String ownerKey);
}
