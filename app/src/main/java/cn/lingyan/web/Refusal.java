package cn.lingyan.web;

/** A refusal of what a person asked for (bad input, outside their unit): their mistake, not a fault of the system. */
public interface Refusal {

    ErrorCode errorCode();
}
