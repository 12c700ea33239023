package cn.lingyan.approval;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Reminder e-mail through Spring Mail (SMTP from spring.mail.*), when lingyan.mail.enabled is set. A failing mail
 * server never stops the in-app notification: the failure is logged and the scan goes on.
 */
@Component
class MailNotifier {

    private static final Logger log = LoggerFactory.getLogger(MailNotifier.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final boolean enabled;
    private final String from;

    MailNotifier(ObjectProvider<JavaMailSender> sender, @Value("${lingyan.mail.enabled:false}") boolean enabled,
            @Value("${lingyan.mail.from:lingyan@localhost}") String from) {
        this.sender = sender;
        this.enabled = enabled;
        this.from = from;
    }

    void send(String to, String subject, String text) {
        JavaMailSender mailSender = sender.getIfAvailable();
        if (!enabled || mailSender == null) {
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        try {
            mailSender.send(message);
        } catch (MailException e) {
            log.warn("Reminder e-mail to {} failed: {}", to, e.getMessage());
        }
    }
}
