package cn.kaohe.notification.outbound;

import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/** E-mail through the township's SMTP server (Spring's {@link JavaMailSenderImpl}, one per server setting). */
@Component
class MailChannel implements ChannelSender {

    private final NotificationProperties properties;
    private final Map<NotificationProperties.Mail, JavaMailSenderImpl> senders = new ConcurrentHashMap<>();

    MailChannel(NotificationProperties properties) {
        this.properties = properties;
    }

    @Override
    public OutboundChannel channel() {
        return OutboundChannel.MAIL;
    }

    @Override
    public void send(OutboundMessage message, NotificationProperties.Township township) {
        NotificationProperties.Mail mail = township.mail();
        if (mail == null
                || !mail.enabled()
                || mail.host() == null
                || mail.host().isBlank()) {
            throw new IllegalStateException(
                    "乡镇“" + message.getTownship() + "”未配置邮件服务器（kaohe.notification.townships[].mail）");
        }
        SimpleMailMessage email = new SimpleMailMessage();
        email.setFrom(Objects.requireNonNullElse(mail.from(), "kaohe@localhost"));
        email.setTo(message.getRecipient());
        email.setSubject(message.getSubject());
        email.setText(message.getBody());
        senders.computeIfAbsent(mail, this::sender).send(email);
    }

    private JavaMailSenderImpl sender(NotificationProperties.Mail mail) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(mail.host());
        sender.setPort(mail.port());
        sender.setUsername(mail.username());
        sender.setPassword(mail.password());
        sender.setDefaultEncoding("UTF-8");
        Properties p = sender.getJavaMailProperties();
        String timeout = Long.toString(properties.outbox().timeout().toMillis());
        p.put("mail.smtp.connectiontimeout", timeout);
        p.put("mail.smtp.timeout", timeout);
        p.put("mail.smtp.writetimeout", timeout);
        if (mail.username() != null && !mail.username().isBlank()) {
            p.put("mail.smtp.auth", "true");
        }
        if (mail.starttls()) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        return sender;
    }
}
