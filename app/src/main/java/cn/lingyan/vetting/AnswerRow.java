package cn.lingyan.vetting;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One joint-review department's answer in one review round; result is null until it answers. */
public record AnswerRow(
        Long id,
        Long vettingId,
        Integer reviewRound,
        String department,
        String departmentName,
        LocalDate dueDate,
        String result,
        String clauses,
        String evidenceNote,
        String answeredBy,
        OffsetDateTime answeredAt,
        OffsetDateTime remindedAt,
        OffsetDateTime escalatedAt,
        String chaseNote) {}
