package cn.lingyan.rectification;

import java.time.LocalDate;

/** One measure of the task list (任务清单): what, who, by when, how far. */
public record MeasureRow(Long caseId, Integer cycle, Integer seq, String measure, String owner, LocalDate dueDate,
        String status, String evidence) {

    public static final String DONE = "DONE";

    public boolean done() {
        return DONE.equals(status);
    }
}
