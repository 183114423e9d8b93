package cn.kaohe.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every process file follows the id and history conventions of ../shared/CONVENTIONS.md. */
class ProcessConventionsTest {

    private static final Map<String, String> PREFIXES = Map.ofEntries(
            Map.entry("startEvent", "StartEvent_"),
            Map.entry("endEvent", "EndEvent_"),
            Map.entry("userTask", "Task_"),
            Map.entry("serviceTask", "ServiceTask_"),
            Map.entry("receiveTask", "ReceiveTask_"),
            Map.entry("exclusiveGateway", "Gateway_"),
            Map.entry("parallelGateway", "Gateway_"),
            Map.entry("eventBasedGateway", "Gateway_"),
            Map.entry("boundaryEvent", "BoundaryEvent_"),
            Map.entry("intermediateCatchEvent", "TimerEvent_|MessageEvent_"),
            Map.entry("callActivity", "CallActivity_"),
            Map.entry("sequenceFlow", "Flow_"));

    static Stream<Path> processFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            List<Path> list =
                    files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
            assertThat(list).isNotEmpty();
            return list.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("processFiles")
    void fileNameIsKebabCase(Path file) {
        assertThat(file.getFileName().toString()).matches("[a-z]+(-[a-z]+)*\\.bpmn");
    }

    @ParameterizedTest
    @MethodSource("processFiles")
    void everyProcessIsExecutableWithHistoryTimeToLiveAndAPascalCaseId(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (Process process : model.getModelElementsByType(Process.class)) {
            assertThat(process.getId()).matches("[A-Z][A-Za-z]+Process");
            assertThat(process.isExecutable()).isTrue();
            assertThat(process.getCamundaHistoryTimeToLiveString())
                    .as(process.getId())
                    .isNotBlank();
        }
    }

    @ParameterizedTest
    @MethodSource("processFiles")
    void elementIdsFollowTheNamingTable(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
            String type = element.getElementType().getTypeName();
            String prefix = PREFIXES.get(type);
            if (prefix != null) {
                assertThat(element.getId()).as("%s in %s", type, file).matches("(" + prefix + ")[A-Z][A-Za-z]*");
            }
        }
        var sources = model.getModelElementsByType(SequenceFlow.class).stream()
                .map(f -> f.getSource().getId())
                .collect(java.util.stream.Collectors.toSet());
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            if (!(node instanceof EndEvent)) {
                assertThat(sources).as("%s has somewhere to go", node.getId()).contains(node.getId());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("processFiles")
    void serviceTasksCallADelegateBean(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            assertThat(task.getCamundaDelegateExpression()).as(task.getId()).matches("\\$\\{[a-z][A-Za-z]*Delegate}");
        }
    }
}
