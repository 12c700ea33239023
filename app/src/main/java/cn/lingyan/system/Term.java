package cn.lingyan.system;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A coded value (what forms submit and ledgers store) with the Chinese word officials use for it. The enum that
 * implements it is the one place the word is kept: listeners, ledgers, the dashboard and its exports read it there.
 */
public interface Term {

    String name();

    /** The Chinese word for the code. */
    String text();

    /** The codes of {@code type}, in declaration order. */
    static <E extends Enum<E> & Term> Set<String> codes(Class<E> type) {
        Set<String> codes = new LinkedHashSet<>();
        Arrays.stream(type.getEnumConstants()).forEach(term -> codes.add(term.name()));
        return codes;
    }

    /** The word for {@code code}: the code itself when {@code type} has no such value (an old row), null for null. */
    static <E extends Enum<E> & Term> String text(Class<E> type, String code) {
        if (code == null) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(term -> term.name().equals(code)).findFirst()
                .map(Term::text).orElse(code);
    }
}
