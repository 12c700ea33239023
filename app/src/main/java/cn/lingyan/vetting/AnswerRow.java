package cn.lingyan.vetting;

import java.time.LocalDate;
import java.time.LocalDateTime;

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
        LocalDateTime answeredAt,
        LocalDateTime remindedAt,
        LocalDateTime escalatedAt,
        String chaseNote) {}
