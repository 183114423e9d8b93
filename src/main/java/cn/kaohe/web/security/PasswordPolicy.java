package cn.kaohe.web.security;

import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.Problem;
import java.security.SecureRandom;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What a password must be (at least {@code kaohe.security.min-password-length} characters, at most 128, with letters
 * and digits) and the passwords the administrator's reset generates.
 */
@Component
public class PasswordPolicy {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecurityProperties properties;

    PasswordPolicy(SecurityProperties properties) {
        this.properties = properties;
    }

    /** Throws {@link SecurityError#WEAK_PASSWORD} with the field problem unless the password is strong enough. */
    void requireStrong(String password) {
        int min = properties.minPasswordLength();
        if (password == null
                || password.length() < min
                || password.length() > 128
                || password.chars().noneMatch(Character::isLetter)
                || password.chars().noneMatch(Character::isDigit)) {
            throw new KaoheException(
                    SecurityError.WEAK_PASSWORD, List.of(Problem.ofField("password", "至少 " + min + " 位，含字母和数字")), min);
        }
    }

    /** Ten letters and two digits, without look-alike characters. */
    static String generated() {
        String letters = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
        String digits = "23456789";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            sb.append(letters.charAt(RANDOM.nextInt(letters.length())));
        }
        for (int i = 0; i < 2; i++) {
            sb.insert(RANDOM.nextInt(sb.length() + 1), digits.charAt(RANDOM.nextInt(digits.length())));
        }
        return sb.toString();
    }
}
