package cn.lingyan.vetting;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/**
 * An 18-character citizen identity number (公民身份号码, GB 11643-1999): six-digit region, birth date
 * yyyyMMdd, three-digit sequence whose last digit is odd for men, and an ISO 7064 MOD 11-2 check character.
 * {@link #toString()} is masked, so an instance never leaks the number into a log line or message.
 */
public final class ResidentId {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private final String number;

    private ResidentId(String number) {
        this.number = number;
    }

    /** Why {@code text} is not a valid identity number, in Chinese, or null when it is valid. */
    public static String problem(String text) {
        if (text == null || !text.matches("\\d{17}[\\dXx]")) {
            return "公民身份号码应为18位，前17位为数字，最后一位为数字或X";
        }
        String upper = text.toUpperCase(Locale.ROOT);
        if (birthDateOf(upper) == null) {
            return "公民身份号码中的出生日期（第7至14位）不是有效日期";
        }
        if (upper.charAt(17) != checkCharacter(upper)) {
            return "公民身份号码校验位不正确，请核对后重新填写";
        }
        return null;
    }

    /** The parsed number; callers check {@link #problem(String)} first. */
    public static ResidentId of(String text) {
        String problem = problem(text);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return new ResidentId(text.toUpperCase(Locale.ROOT));
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    private static LocalDate birthDateOf(String number) {
        try {
            return LocalDate.parse(number.substring(6, 14), BIRTH);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public String number() {
        return number;
    }

    public LocalDate birthDate() {
        return birthDateOf(number);
    }

    /** "M" or "F": the 17th digit is odd for men and even for women. */
    public String gender() {
        return (number.charAt(16) - '0') % 2 == 1 ? "M" : "F";
    }

    /** Region and last four kept, the birth date and sequence hidden: 990101********123X. */
    public String masked() {
        return mask(number);
    }

    public static String mask(String number) {
        if (number == null || number.length() < 10) {
            return "******";
        }
        return number.substring(0, 6) + "*".repeat(number.length() - 10) + number.substring(number.length() - 4);
    }

    @Override
    public String toString() {
        return masked();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResidentId id && id.number.equals(number);
    }

    @Override
    public int hashCode() {
        return number.hashCode();
    }
}
