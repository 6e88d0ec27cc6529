package org.hasila.app.store;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JacksonModule;
import tools.jackson.module.blackbird.BlackbirdModule;

/**
 * The store keeps claims, mentions, documents and events as JSON bodies and reads them back as records, several
 * times a run (reconcile, then both reports). jackson-databind builds a record by
 * {@code MethodHandle.invokeWithArguments}, which spreads and adapts the arguments anew at every call: a third of
 * the time spent reading the bodies back in a nightly run over 20,000 documents. Jackson's Blackbird module builds
 * each record through a generated lambda instead; the records read back are the same.
 */
@Configuration(proxyBeanMethods = false)
class StoreJsonConfiguration {

    @Bean
    JacksonModule blackbirdModule() {
        return new BlackbirdModule();
    }
}
