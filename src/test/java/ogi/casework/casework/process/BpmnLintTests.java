package ogi.casework.casework.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.stream.XMLInputFactory;

import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.FlowNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import ogi.casework.casework.process.BpmnLint.Report;

/**
 * Every process model passes bpmnlint's recommended rules (the Java port in {@link BpmnLintRule}) with its
 * {@code incoming}/{@code outgoing} written as a bpmn.io modeler writes them, and every ported rule rejects a snippet
 * made to break it, and only that snippet's rule fires (snippets in {@code src/test/resources/bpmnlint}).
 */
class BpmnLintTests {

	/**
	 * What each snippet breaks, worked out by hand from the rule sources: rule and element id of every report. A
	 * disconnected task is also an implicit start and end, so that snippet fires three rules.
	 */
	static final Map<String, List<String>> SNIPPET_REPORTS = Map.ofEntries(
			Map.entry("ad-hoc-sub-process", List.of("ad-hoc-sub-process startInside", "ad-hoc-sub-process endInside")),
			Map.entry("conditional-flows", List.of("conditional-flows otherwise")),
			Map.entry("end-event-required", List.of("end-event-required endEventRequired")),
			Map.entry("event-based-gateway", List.of("event-based-gateway firstFlow", "event-based-gateway secondFlow")),
			Map.entry("event-sub-process-typed-start-event", List.of("event-sub-process-typed-start-event blankStart")),
			Map.entry("fake-join", List.of("fake-join work")),
			Map.entry("global", List.of("global blankMessage", "global twinMessage", "global otherTwinMessage",
					"global unusedMessage")),
			Map.entry("label-required", List.of("label-required start", "label-required whenA")),
			Map.entry("link-event", List.of("link-event throwA", "link-event catchB")),
			Map.entry("no-bpmndi", List.of("no-bpmndi work")),
			Map.entry("no-complex-gateway", List.of("no-complex-gateway complex")),
			Map.entry("no-disconnected", List.of("no-disconnected lonely", "no-implicit-start lonely",
					"no-implicit-end lonely")),
			Map.entry("no-duplicate-sequence-flows", List.of("no-duplicate-sequence-flows twice",
					"no-duplicate-sequence-flows decide", "no-duplicate-sequence-flows join")),
			Map.entry("no-gateway-join-fork", List.of("no-gateway-join-fork again")),
			Map.entry("no-implicit-split", List.of("no-implicit-split work")),
			Map.entry("no-implicit-end", List.of("no-implicit-end deadEnd")),
			Map.entry("no-implicit-start", List.of("no-implicit-start spontaneous")),
			Map.entry("no-inclusive-gateway", List.of("no-inclusive-gateway inclusive")),
			Map.entry("no-overlapping-elements", List.of("no-overlapping-elements work", "no-overlapping-elements end",
					"no-overlapping-elements outsider")),
			Map.entry("single-blank-start-event", List.of("single-blank-start-event singleBlankStartEvent")),
			Map.entry("single-event-definition", List.of("single-event-definition timerOrMessage")),
			Map.entry("start-event-required", List.of("start-event-required startEventRequired")),
			Map.entry("sub-process-blank-start-event", List.of("sub-process-blank-start-event timedStart")),
			Map.entry("superfluous-gateway", List.of("superfluous-gateway pass")),
			Map.entry("superfluous-label", List.of("superfluous-label toEnd")),
			Map.entry("superfluous-termination", List.of("superfluous-termination terminated")));

	static Stream<Arguments> processModels() throws IOException {
		var resources = new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.bpmn20.xml");
		assertThat(resources).isNotEmpty();
		return Arrays.stream(resources).map(resource -> Arguments.of(resource.getFilename(), resource));
	}

	static Stream<Arguments> snippets() {
		return SNIPPET_REPORTS.entrySet().stream().sorted(Map.Entry.comparingByKey())
				.map(entry -> Arguments.of(entry.getKey(), entry.getValue()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("processModels")
	void everyProcessModelPassesTheRecommendedRules(String file, Resource model) throws IOException {
		List<Report> reports;
		try (var in = model.getInputStream()) {
			reports = BpmnLint.lint(BpmnLint.read(in));
		}

		assertThat(reports).as("bpmnlint:recommended on %s", file).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("processModels")
	void everyProcessModelListsIncomingAndOutgoingAsItsSequenceFlowsDo(String file, Resource model)
			throws IOException {
		List<Report> reports;
		try (var in = model.getInputStream()) {
			reports = BpmnLint.flowReferenceProblems(BpmnLint.read(in));
		}

		assertThat(reports).as("written incoming/outgoing of %s", file).isEmpty();
	}

	@Test
	void portsEveryRuleOfTheRecommendedConfiguration() {
		// bpmnlint 11.15.0 (and 12.0.0), config/recommended.js
		var recommended = Map.ofEntries(Map.entry("ad-hoc-sub-process", "error"),
				Map.entry("conditional-flows", "error"), Map.entry("end-event-required", "error"),
				Map.entry("event-based-gateway", "error"), Map.entry("event-sub-process-typed-start-event", "error"),
				Map.entry("fake-join", "warn"), Map.entry("global", "warn"), Map.entry("label-required", "error"),
				Map.entry("link-event", "error"), Map.entry("no-bpmndi", "error"),
				Map.entry("no-complex-gateway", "error"), Map.entry("no-disconnected", "error"),
				Map.entry("no-duplicate-sequence-flows", "error"), Map.entry("no-gateway-join-fork", "error"),
				Map.entry("no-implicit-split", "error"), Map.entry("no-implicit-end", "error"),
				Map.entry("no-implicit-start", "error"), Map.entry("no-inclusive-gateway", "warn"),
				Map.entry("no-overlapping-elements", "warn"), Map.entry("single-blank-start-event", "error"),
				Map.entry("single-event-definition", "error"), Map.entry("start-event-required", "error"),
				Map.entry("sub-process-blank-start-event", "error"), Map.entry("superfluous-gateway", "warn"),
				Map.entry("superfluous-label", "warn"), Map.entry("superfluous-termination", "warn"));

		assertThat(Arrays.stream(BpmnLintRule.values())
				.collect(Collectors.toMap(BpmnLintRule::ruleName, BpmnLintRule::level)))
				.isEqualTo(recommended);
		assertThat(SNIPPET_REPORTS).as("a snippet for every rule").containsOnlyKeys(recommended.keySet());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("snippets")
	void eachRuleRejectsTheSnippetMadeToBreakIt(String rule, List<String> expected) throws IOException {
		var snippet = snippet(rule);

		var reports = BpmnLint.lint(snippet);

		assertThat(reports).extracting(report -> report.rule() + " " + report.id())
				.as("reports on %s.bpmn", rule).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(reports).extracting(Report::rule).contains(BpmnLintRule.named(rule).ruleName());
		assertThat(BpmnLint.flowReferenceProblems(snippet)).as("the snippet writes its flows right").isEmpty();
	}

	@Test
	void rejectsIncomingAndOutgoingThatDisagreeWithTheSequenceFlows() throws IOException {
		var snippet = snippet("written-flow-references");

		var problems = BpmnLint.flowReferenceProblems(snippet);

		assertThat(problems).extracting(Report::toString).containsExactlyInAnyOrder(
				"written-flow-references work: Does not list incoming <toWork>",
				"written-flow-references end: Lists incoming <toWork>, which is not a sequence flow of this node",
				"written-flow-references end: Does not list incoming <toEnd>");
		assertThat(BpmnLint.lint(snippet)).extracting(report -> report.rule() + " " + report.id())
				.as("what bpmnlint makes of it").containsExactly("no-implicit-start work");
	}

	@Test
	void flowableDerivesTheFlowsTheFileDoesNotList() throws Exception {
		try (var in = new ClassPathResource("bpmnlint/written-flow-references.bpmn").getInputStream()) {
			var model = new BpmnXMLConverter()
					.convertToBpmnModel(XMLInputFactory.newInstance().createXMLStreamReader(in, "UTF-8"));

			var work = (FlowNode) model.getFlowElement("work");

			assertThat(work.getIncomingFlows()).as("Flowable reads the flows, not <incoming>")
					.extracting(flow -> flow.getId()).containsExactly("toWork");
		}
	}

	private static BpmnLint.Node snippet(String name) throws IOException {
		try (var in = new ClassPathResource("bpmnlint/" + name + ".bpmn").getInputStream()) {
			return BpmnLint.read(in);
		}
	}
}
