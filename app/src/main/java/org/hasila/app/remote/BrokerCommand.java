package org.hasila.app.remote;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;
import org.hasila.app.job.HasilaProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/** The broker command: runs a message broker for a manager and its workers until it is told to stop (SIGTERM). */
public final class BrokerCommand {

    static final String PROFILE = "broker";

    private BrokerCommand() {
    }

    /** Runs the broker in a context of its own, which has no database, until the process is stopped. */
    public static void run(PrintStream out) throws InterruptedException {
        SpringApplication spring = new SpringApplication(BrokerConfiguration.class);
        spring.setAdditionalProfiles(PROFILE);
        spring.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = spring.run()) {
            CountDownLatch closed = new CountDownLatch(1);
            context.addApplicationListener((ApplicationListener<ApplicationEvent>) event -> {
                if (event instanceof ContextClosedEvent) {
                    closed.countDown();
                }
            });
            HasilaProperties properties = context.getBean(HasilaProperties.class);
            out.println("broker: listening on port " + BrokerConfiguration.port(properties.brokerUrl())
                    + " of every interface; stop with SIGTERM or Ctrl-C");
            closed.await();
        }
    }
}
