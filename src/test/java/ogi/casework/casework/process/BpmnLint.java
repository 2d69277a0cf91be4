package ogi.casework.casework.process;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * Reads a BPMN file as bpmn-moddle does and lints it with the port of bpmnlint's recommended rules
 * ({@link BpmnLintRule}).
 * <p>
 * bpmnlint sees a flow node's {@code incoming} and {@code outgoing} only as written in the file (the
 * {@code <incoming>}/{@code <outgoing>} elements); Flowable's converter ignores them and derives both from the
 * sequence flows. So this reader keeps them as written, and {@link #flowReferenceProblems(Node)} checks that they say
 * exactly what the sequence flows say, as a bpmn.io modeler writes them.
 */
final class BpmnLint {

	static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";

	static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";

	static final String DC = "http://www.omg.org/spec/DD/20100524/DC";

	/** The name of our own check, which is not a bpmnlint rule. */
	static final String FLOW_REFERENCES = "written-flow-references";

	/** One problem, as bpmnlint's reporter records it: the rule, the element's id and the message. */
	record Report(String rule, String id, String message) {

		@Override
		public String toString() {
			return rule + " " + id + ": " + message;
		}
	}

	/** The super types of the bpmn-moddle types the rules ask about (bpmn-moddle's {@code bpmn.json}). */
	private static final Map<String, List<String>> SUPER_TYPES = new HashMap<>();

	static {
		superTypes("bpmn:RootElement", "bpmn:BaseElement");
		superTypes("bpmn:CallableElement", "bpmn:RootElement");
		superTypes("bpmn:FlowElementsContainer", "bpmn:BaseElement");
		superTypes("bpmn:Process", "bpmn:FlowElementsContainer", "bpmn:CallableElement");
		superTypes("bpmn:Collaboration", "bpmn:RootElement");
		superTypes("bpmn:Message", "bpmn:RootElement");
		superTypes("bpmn:Signal", "bpmn:RootElement");
		superTypes("bpmn:Error", "bpmn:RootElement");
		superTypes("bpmn:Escalation", "bpmn:RootElement");
		superTypes("bpmn:FlowElement", "bpmn:BaseElement");
		superTypes("bpmn:FlowNode", "bpmn:FlowElement");
		superTypes("bpmn:SequenceFlow", "bpmn:FlowElement");
		superTypes("bpmn:DataObject", "bpmn:FlowElement", "bpmn:ItemAwareElement");
		superTypes("bpmn:DataObjectReference", "bpmn:FlowElement", "bpmn:ItemAwareElement");
		superTypes("bpmn:DataStoreReference", "bpmn:FlowElement", "bpmn:ItemAwareElement");
		superTypes("bpmn:Activity", "bpmn:FlowNode");
		superTypes("bpmn:Task", "bpmn:Activity", "bpmn:InteractionNode");
		for (String task : List.of("UserTask", "ServiceTask", "ScriptTask", "ManualTask", "BusinessRuleTask", "SendTask",
				"ReceiveTask")) {
			superTypes("bpmn:" + task, "bpmn:Task");
		}
		superTypes("bpmn:SubProcess", "bpmn:Activity", "bpmn:FlowElementsContainer", "bpmn:InteractionNode");
		superTypes("bpmn:AdHocSubProcess", "bpmn:SubProcess");
		superTypes("bpmn:Transaction", "bpmn:SubProcess");
		superTypes("bpmn:CallActivity", "bpmn:Activity");
		superTypes("bpmn:Event", "bpmn:FlowNode", "bpmn:InteractionNode");
		superTypes("bpmn:CatchEvent", "bpmn:Event");
		superTypes("bpmn:ThrowEvent", "bpmn:Event");
		superTypes("bpmn:StartEvent", "bpmn:CatchEvent");
		superTypes("bpmn:IntermediateCatchEvent", "bpmn:CatchEvent");
		superTypes("bpmn:BoundaryEvent", "bpmn:CatchEvent");
		superTypes("bpmn:EndEvent", "bpmn:ThrowEvent");
		superTypes("bpmn:IntermediateThrowEvent", "bpmn:ThrowEvent");
		superTypes("bpmn:ImplicitThrowEvent", "bpmn:ThrowEvent");
		superTypes("bpmn:Gateway", "bpmn:FlowNode");
		for (String gateway : List.of("ExclusiveGateway", "InclusiveGateway", "ParallelGateway", "ComplexGateway",
				"EventBasedGateway")) {
			superTypes("bpmn:" + gateway, "bpmn:Gateway");
		}
		superTypes("bpmn:EventDefinition", "bpmn:RootElement");
		for (String definition : List.of("Timer", "Message", "Signal", "Error", "Escalation", "Link", "Compensate",
				"Conditional", "Terminate", "Cancel")) {
			superTypes("bpmn:" + definition + "EventDefinition", "bpmn:EventDefinition");
		}
		superTypes("bpmn:Artifact", "bpmn:BaseElement");
		superTypes("bpmn:TextAnnotation", "bpmn:Artifact");
		superTypes("bpmn:Association", "bpmn:Artifact");
		superTypes("bpmn:Group", "bpmn:Artifact");
		superTypes("bpmn:Participant", "bpmn:InteractionNode", "bpmn:BaseElement");
		superTypes("bpmn:MessageFlow", "bpmn:BaseElement");
		superTypes("bpmn:LaneSet", "bpmn:BaseElement");
		superTypes("bpmn:Lane", "bpmn:BaseElement");
		superTypes("bpmndi:BPMNShape", "di:DiagramElement");
		superTypes("bpmndi:BPMNEdge", "di:DiagramElement");
	}

	private static void superTypes(String type, String... superTypes) {
		SUPER_TYPES.put(type, List.of(superTypes));
	}

	private BpmnLint() {
	}

	/** Parses a BPMN file into a tree of nodes whose references are resolved by id, as bpmn-moddle does. */
	static Node read(InputStream xml) throws IOException {
		try {
			var factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			Document document = factory.newDocumentBuilder().parse(xml);
			var ids = new HashMap<String, Node>();
			Node definitions = Node.of(document.getDocumentElement(), null, ids);
			if (definitions == null || !definitions.is("bpmn:Definitions")) {
				throw new IOException("Not a BPMN file: the root element is not bpmn:definitions");
			}
			return definitions;
		}
		catch (ParserConfigurationException | SAXException e) {
			throw new IOException(e);
		}
	}

	/** Runs every ported rule over the whole tree, as bpmnlint's linter does, and returns what they report. */
	static List<Report> lint(Node definitions) {
		var reports = new ArrayList<Report>();
		for (var rule : BpmnLintRule.values()) {
			var check = rule.create();
			definitions.traverse(node -> check.check(node, (id, message) -> reports.add(new Report(rule.ruleName(),
					id, message))));
		}
		return reports;
	}

	/**
	 * Our own check, not a bpmnlint rule: every flow node writes as {@code incoming} exactly the sequence flows whose
	 * {@code targetRef} it is, and as {@code outgoing} exactly those whose {@code sourceRef} it is, each once; nothing
	 * else writes them. That is what bpmn.io modelers write, and what makes bpmnlint's rules see the graph Flowable runs.
	 */
	static List<Report> flowReferenceProblems(Node definitions) {
		var reports = new ArrayList<Report>();
		var flows = new ArrayList<Node>();
		var nodes = new ArrayList<Node>();
		definitions.traverse(node -> {
			if (node.is("bpmn:SequenceFlow")) {
				flows.add(node);
			}
			if (node.is("bpmn:FlowNode")) {
				nodes.add(node);
			}
			else if (!node.incomingIds.isEmpty() || !node.outgoingIds.isEmpty()) {
				reports.add(new Report(FLOW_REFERENCES, node.id(), "Only flow nodes write incoming or outgoing"));
			}
		});
		for (var node : nodes) {
			check(node, "incoming", node.incomingIds, flows, flow -> node.id().equals(flow.attr("targetRef")), reports);
			check(node, "outgoing", node.outgoingIds, flows, flow -> node.id().equals(flow.attr("sourceRef")), reports);
		}
		return reports;
	}

	private static void check(Node node, String direction, List<String> written, List<Node> flows,
			Predicate<Node> connects, List<Report> reports) {
		var expected = new LinkedHashSet<String>();
		flows.stream().filter(connects).map(Node::id).forEach(expected::add);
		var seen = new LinkedHashSet<String>();
		for (String id : written) {
			if (!seen.add(id)) {
				reports.add(new Report(FLOW_REFERENCES, node.id(), "Lists " + direction + " <" + id + "> twice"));
			}
			else if (!expected.contains(id)) {
				reports.add(new Report(FLOW_REFERENCES, node.id(),
						"Lists " + direction + " <" + id + ">, which is not a sequence flow of this node"));
			}
		}
		for (String id : expected) {
			if (!seen.contains(id)) {
				reports.add(new Report(FLOW_REFERENCES, node.id(), "Does not list " + direction + " <" + id + ">"));
			}
		}
	}

	/** Receives what a rule reports, as bpmnlint's {@code reporter.report(id, message)}. */
	@FunctionalInterface
	interface Reporter {

		void report(String id, String message);
	}

	/**
	 * One element of the file in bpmn-moddle's terms: its type ({@code bpmn:UserTask}, {@code bpmndi:BPMNShape},
	 * {@code dc:Bounds}), its attributes and contained elements, and its references resolved by id. A reference to an
	 * id that does not exist resolves to nothing, as in bpmn-moddle.
	 */
	static final class Node {

		private final String type;

		private final org.w3c.dom.Element element;

		private final Node parent;

		private final Map<String, Node> ids;

		private final List<Node> children = new ArrayList<>();

		private final List<String> incomingIds = new ArrayList<>();

		private final List<String> outgoingIds = new ArrayList<>();

		private Node(String type, org.w3c.dom.Element element, Node parent, Map<String, Node> ids) {
			this.type = type;
			this.element = element;
			this.parent = parent;
			this.ids = ids;
		}

		static Node of(org.w3c.dom.Element element, Node parent, Map<String, Node> ids) {
			String prefix = switch (Objects.requireNonNullElse(element.getNamespaceURI(), "")) {
			case BPMN -> "bpmn:";
			case BPMNDI -> "bpmndi:";
			case DC -> "dc:";
			default -> null;
			};
			if (prefix == null) {
				return null; // an extension element: bpmn-moddle keeps it generic and bpmnlint does not descend
			}
			String local = element.getLocalName();
			String type = prefix + (prefix.equals("bpmn:") ? Character.toUpperCase(local.charAt(0)) + local.substring(1)
					: local);
			var node = new Node(type, element, parent, ids);
			if (element.hasAttribute("id")) {
				ids.putIfAbsent(element.getAttribute("id"), node);
			}
			if (type.equals("bpmn:ExtensionElements")) {
				return node;
			}
			for (var child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
				if (child instanceof org.w3c.dom.Element childElement) {
					if (BPMN.equals(childElement.getNamespaceURI()) && childElement.getLocalName().equals("incoming")) {
						node.incomingIds.add(childElement.getTextContent().trim());
					}
					else if (BPMN.equals(childElement.getNamespaceURI())
							&& childElement.getLocalName().equals("outgoing")) {
						node.outgoingIds.add(childElement.getTextContent().trim());
					}
					else {
						var childNode = of(childElement, node, ids);
						if (childNode != null) {
							node.children.add(childNode);
						}
					}
				}
			}
			return node;
		}

		/** Visits this node and every contained node, depth first in document order. */
		void traverse(Consumer<Node> visitor) {
			visitor.accept(this);
			children.forEach(child -> child.traverse(visitor));
		}

		/** bpmnlint-utils' {@code is(node, type)}: this node is of the type or of a sub type. */
		boolean is(String wanted) {
			return isA(type, wanted);
		}

		/** bpmnlint-utils' {@code isAny(node, types)}. */
		boolean isAny(String... wanted) {
			for (String one : wanted) {
				if (is(one)) {
					return true;
				}
			}
			return false;
		}

		private static boolean isA(String type, String wanted) {
			if (type.equals(wanted)) {
				return true;
			}
			return SUPER_TYPES.getOrDefault(type, List.of()).stream().anyMatch(superType -> isA(superType, wanted));
		}

		String type() {
			return type;
		}

		String id() {
			return element.hasAttribute("id") ? element.getAttribute("id") : null;
		}

		/** The {@code name} attribute, or null where the file has none (bpmn-moddle: undefined). */
		String name() {
			return attr("name");
		}

		String attr(String name) {
			return element.hasAttribute(name) ? element.getAttribute(name) : null;
		}

		/** A boolean attribute as bpmn-moddle reads it: {@code "true"} is true, another value false, none the default. */
		boolean bool(String name, boolean byDefault) {
			return element.hasAttribute(name) ? element.getAttribute(name).equals("true") : byDefault;
		}

		/** A number attribute as bpmn-moddle reads a Real: null when absent (undefined), NaN when not a number. */
		Double number(String name) {
			if (!element.hasAttribute(name)) {
				return null;
			}
			try {
				return Double.parseDouble(element.getAttribute(name).trim());
			}
			catch (NumberFormatException e) {
				return Double.NaN;
			}
		}

		/** The element an id-reference attribute names, or null (unresolved, or no such attribute). */
		Node ref(String attribute) {
			String id = attr(attribute);
			return id == null ? null : ids.get(id.trim());
		}

		Node parent() {
			return parent;
		}

		/** The contained elements of a type, in document order (a moddle containment property such as flowElements). */
		List<Node> children(String wanted) {
			return children.stream().filter(child -> child.is(wanted)).toList();
		}

		Node child(String wanted) {
			return children.stream().filter(child -> child.is(wanted)).findFirst().orElse(null);
		}

		/** {@code flowElements} of a process or sub-process. */
		List<Node> flowElements() {
			return children("bpmn:FlowElement");
		}

		/** {@code eventDefinitions} of an event. */
		List<Node> eventDefinitions() {
			return children("bpmn:EventDefinition");
		}

		/** {@code incoming} as written in the file, each id resolved; unresolved ids are dropped as bpmn-moddle does. */
		List<Node> incoming() {
			return resolve(incomingIds);
		}

		/** {@code outgoing} as written in the file, each id resolved; unresolved ids are dropped as bpmn-moddle does. */
		List<Node> outgoing() {
			return resolve(outgoingIds);
		}

		private List<Node> resolve(List<String> written) {
			return written.stream().map(ids::get).filter(Objects::nonNull).toList();
		}

		/** {@code conditionExpression} of a sequence flow, or null. */
		Node conditionExpression() {
			return child("bpmn:ConditionExpression");
		}

		/** The text of an expression ({@code body} in bpmn-moddle). */
		String body() {
			return element.getTextContent();
		}

		@Override
		public String toString() {
			return type + "#" + id();
		}
	}
}
