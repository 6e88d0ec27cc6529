package org.hasila.app.remote;

import java.net.URI;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.hasila.app.job.HasilaProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** The broker command's one bean: an ActiveMQ Artemis broker (the broker profile; no database, no job). */
@Configuration(proxyBeanMethods = false)
@Profile(BrokerCommand.PROFILE)
@EnableConfigurationProperties(HasilaProperties.class)
class BrokerConfiguration {

    static final int DEFAULT_PORT = 61616;

    /**
     * Listens on every interface at the port of {@code hasila.broker-url}, for the manager and the workers of any
     * machine. Requests are kept in memory only: a broker restarted loses the requests of a running step, whose run
     * then fails at its partition timeout and resumes with restart. No authentication: keep the port on a private
     * network.
     */
    @Bean(destroyMethod = "stop")
    EmbeddedActiveMQ broker(HasilaProperties properties) throws Exception {
        ConfigurationImpl configuration = new ConfigurationImpl();
        configuration.setPersistenceEnabled(false);
        configuration.setSecurityEnabled(false);
        configuration.setJMXManagementEnabled(false);
        configuration.addAcceptorConfiguration("tcp", "tcp://0.0.0.0:" + port(properties.brokerUrl()));
        EmbeddedActiveMQ broker = new EmbeddedActiveMQ().setConfiguration(configuration);
        broker.start();
        if (!broker.getActiveMQServer().getRemotingService().getAcceptor("tcp").isStarted()) {
            broker.stop();
            throw new IllegalStateException("the broker cannot listen on port " + port(properties.brokerUrl())
                    + " (is another broker running?)");
        }
        return broker;
    }

    static int port(String brokerUrl) {
        int port = URI.create(brokerUrl).getPort();
        return port < 0 ? DEFAULT_PORT : port;
    }
}
