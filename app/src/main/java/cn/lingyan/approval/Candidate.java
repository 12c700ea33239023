package cn.lingyan.approval;

/** Someone who may take a task: a member of its candidate groups or one of its candidate users. */
public record Candidate(String id, String name) {}
