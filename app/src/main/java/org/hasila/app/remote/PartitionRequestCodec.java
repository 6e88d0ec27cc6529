package org.hasila.app.remote;

import org.springframework.batch.integration.partition.StepExecutionRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * A partition request as the text of a JMS message: the worker step's name and the partition's step execution id,
 * as JSON. Text rather than a serialized Java object, so that a worker never deserializes objects from the network.
 */
final class PartitionRequestCodec {

    private final JsonMapper json;

    PartitionRequestCodec(JsonMapper json) {
        this.json = json;
    }

    String encode(StepExecutionRequest request) {
        return json.writeValueAsString(new Request(request.getStepName(), request.getStepExecutionId()));
    }

    StepExecutionRequest decode(String text) {
        Request request = json.readValue(text, Request.class);
        return new StepExecutionRequest(request.stepName(), request.stepExecutionId());
    }

    private record Request(String stepName, long stepExecutionId) {
    }
}
