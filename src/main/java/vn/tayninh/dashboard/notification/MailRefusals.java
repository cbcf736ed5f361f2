package vn.tayninh.dashboard.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.stereotype.Component;

/**
 * What the mail thread's failures become: an e-mail the SMTP server refused is no error of the application (it stays
 * kept and is tried again), so it is one WARN line without a stack.
 */
@Component
class MailRefusals implements AsyncConfigurer {

    private static final Logger log = LoggerFactory.getLogger(NoticeMail.class);

    @Override
    public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
        return (failure, method, params) -> log.warn("A notice e-mail was not sent and is kept to be tried again: {}",
                failure.toString());
    }
}
