package ogi.casework.casework.process;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import ogi.casework.casework.process.BpmnLint.Node;
import ogi.casework.casework.process.BpmnLint.Reporter;

/**
 * The rules of {@code bpmnlint:recommended}, ported from bpmnlint 11.15.0 as published on npm ({@code config/recommended.js}
 * and {@code rules/*.js}; 12.0.0 has the same rules and configuration, and 11.13.0, github.com/bpmn-io/bpmnlint at
 * 229b606, the same but for {@code superfluous-label}): same names, same semantics, same messages. Each
 * constant names the rule file it ports and its level in the recommended configuration; quirks of the original are
 * kept and said where they are not obvious. As in bpmnlint, a rule's check is called for every element of the file,
 * and a rule that keeps state gets a fresh check per file.
 */
enum BpmnLintRule {

	/** {@code rules/ad-hoc-sub-process.js} (error): an ad-hoc sub-process contains no start and no end events. */
	AD_HOC_SUB_PROCESS("ad-hoc-sub-process", "error") {
		@Override
		Check create() {
			return (node, reporter) -> {
				if (!node.is("bpmn:AdHocSubProcess")) {
					return;
				}
				for (var flowElement : node.flowElements()) {
					if (flowElement.is("bpmn:StartEvent")) {
						reporter.report(flowElement.id(), "A <Start Event> is not allowed in <Ad Hoc Sub Process>");
					}
					if (flowElement.is("bpmn:EndEvent")) {
						reporter.report(flowElement.id(), "An <End Event> is not allowed in <Ad Hoc Sub Process>");
					}
				}
			};
		}
	},

	/**
	 * {@code rules/conditional-flows.js} (error): where a node forks conditionally (it has a default flow or a
	 * conditional outgoing flow), every outgoing flow is the default or has a condition.
	 */
	CONDITIONAL_FLOWS("conditional-flows", "error") {
		@Override
		Check create() {
			return (node, reporter) -> {
				var outgoing = node.outgoing();
				var defaultFlow = node.ref("default");
				boolean conditionalForking = defaultFlow != null || outgoing.stream().anyMatch(BpmnLintRule::hasCondition);
				if (!conditionalForking) {
					return;
				}
				for (var flow : outgoing) {
					if (!hasCondition(flow) && flow != defaultFlow) {
						reporter.report(flow.id(), "Sequence flow is missing condition");
					}
				}
			};
		}
	},

	/** {@code rules/end-event-required.js} (error): every process and sub-process (not ad-hoc) has an end event. */
	END_EVENT_REQUIRED("end-event-required", "error") {
		@Override
		Check create() {
			return (node, reporter) -> {
				if (!node.isAny("bpmn:Process", "bpmn:SubProcess") || node.is("bpmn:AdHocSubProcess")) {
					return;
				}
				if (node.flowElements().stream().noneMatch(element -> element.is("bpmn:EndEvent"))) {
					reporter.report(node.id(), scope(node) + " is missing end event");
				}
			};
		}
	},

	/** {@code rules/event-based-gateway.js} (error): at least two outgoing flows, none of them conditional. */
	EVENT_BASED_GATEWAY("event-based-gateway", "error") {
		@Override
		Check create() {
			return (node, reporter) -> {
				if (!node.is("bpmn:EventBasedGateway")) {
					return;
				}
				var outgoing = node.outgoing();
				if (outgoing.size() < 2) {
					reporter.report(node.id(),
							"An <Event-based Gateway> must have at least 2 outgoing <Sequence Flows>");
				}
				for (var flow : outgoing) {
					if (hasCondition(flow)) {
						reporter.report(flow.id(),
								"A <Sequence Flow> outgoing from an <Event-based Gateway> must not be conditional");
					}
				}
			};
		}
	},

	/** {@code rules/event-sub-process-typed-start-event.js} (error): an event sub-process starts with a typed event. */
	EVENT_SUB_PROCESS_TYPED_START_EVENT("event-sub-process-typed-start-event", "error") {
		@Override
		Check create() {
			return (node, reporter) -> {
				if (!node.is("bpmn:SubProcess") || !node.bool("triggeredByEvent", false)) {
					return;
				}
				for (var flowElement : node.flowElements()) {
					if (flowElement.is("bpmn:StartEvent") && flowElement.eventDefinitions().isEmpty()) {
						reporter.report(flowElement.id(), "Start event is missing event definition");
					}
				}
			};
		}
	},

	/** {@code rules/fake-join.js} (warn): an activity or event has at most one incoming flow; joins are gateways. */
	FAKE_JOIN("fake-join", "warn") {
		@Override
		Check create() {
			return (node, reporter) -> {
				if (node.isAny("bpmn:Activity", "bpmn:Event") && node.incoming().size() > 1) {
					reporter.report(node.id(), "Incoming flows do not join");
				}
			};
		}
	},

	/**
	 * {@code rules/global.js} (warn): every error, escalation, message and signal has a name, is referenced, and its
	 * name is unique among its type. As in the original, a missing {@code name} attribute passes the name check
	 * ({@code undefined?.trim() !== ''}); only a blank one fails it.
	 */
	GLOBAL("global", "warn") {
		@Override
		Check create() {
			return (node, reporter) -> {
				if (!node.is("bpmn:Definitions")) {
					return;
				}
				var rootElements = node.children("bpmn:RootElement").stream()
						.filter(element -> element.isAny("bpmn:Error", "bpmn:Escalation", "bpmn:Message",
								"bpmn:Signal"))
						.toList();
				var referencing = new ArrayList<Node>();
				node.children("bpmn:RootElement").forEach(root -> collectReferencing(root, referencing));
				for (var rootElement : rootElements) {
					String name = rootElement.name();
					if (name != null && name.trim().isEmpty()) {
						reporter.report(rootElement.id(), "Element is missing name");
					}
					if (!isReferenced(rootElement, referencing)) {
						reporter.report(rootElement.id(), "Element is unused");
					}
					long sameName = rootElements.stream().filter(other -> other.is(rootElement.type()))
							.filter(other -> Objects.equals(other.name(), name)).count();
					if (sameName != 1) {
						reporter.report(rootElement.id(), "Element name is not unique");
					}
				}
			};
		}

		private void collectReferencing(Node element, List<Node> referencing) {
			if (element.is("bpmn:FlowElementsContainer")) {
				element.flowElements().forEach(flowElement -> collectReferencing(flowElement, referencing));
			}
			if (element.is("bpmn:Event")) {
				referencing.addAll(element.eventDefinitions());
			}
			if (element.is("bpmn:Collaboration")) {
				element.children("bpmn:MessageFlow").forEach(flow -> collectReferencing(flow, referencing));
			}
			if (element.isAny("bpmn:MessageFlow", "bpmn:ReceiveTask", "bpmn:SendTask")) {
				referencing.add(element);
			}
		}

		private boolean isReferenced(Node rootElement, List<Node> referencing) {
			return referencing.stream().anyMatch(element -> {
				if (rootElement.is("bpmn:Error")) {
					return element.is("bpmn:ErrorEventDefinition") && refersTo(element, "errorRef", rootElement);
				}
				if (rootElement.is("bpmn:Escalation")) {
					return element.is("bpmn:EscalationEventDefinition")
							&& refersTo(element, "escalationRef", rootElement);
				}
				if (rootElement.is("bpmn:Message")) {
					return element.isAny("bpmn:MessageEventDefinition", "bpmn:MessageFlow", "bpmn:ReceiveTask",
							"bpmn:SendTask") && refersTo(element, "messageRef", rootElement);
				}
				return element.is("bpmn:SignalEventDefinition") && refersTo(element, "signalRef", rootElement);
			});
		}

		private boolean refersTo(Node element, String attribute, Node rootElement) {
			var target = element.ref(attribute);
			return target != null && Objects.equals(target.id(), rootElement.id());
		}
	},

	/**
	 * {@code rules/label-required.js} (error): flow nodes, conditional sequence flows, participants and lanes have a
	 * name; parallel and event-based gateways, joining gateways (at most one outgoing flow) and sub-processes need none.
	 */
	LABEL_REQUIRED("label-required", "error") {
		@Override
		Check create() {
			return (node, reporter) -> {
				if (node.isAny("bpmn:ParallelGateway", "bpmn:EventBasedGateway")) {
					return;
				}
				if (node.is("bpmn:Gateway") && node.outgoing().size() <= 1) {
					return;
				}
				if (node.is("bpmn:SubProcess")) {
					return;
				}
				if (node.is("bpmn:SequenceFlow") && !hasCondition(node)) {
					return;
				}
				if (node.isAny("bpmn:FlowNode", "bpmn:SequenceFlow", "bpmn:Participant", "bpmn:Lane")) {
					String name = Objects.requireNonNullElse(node.name(), "").trim();
					if (name.isEmpty()) {
						reporter.report(node.id(), "Element is missing label/name");
					}
				}
			};
		}
	},

	/**
	 * {@code rules/link-event.js} (error): in each scope, every link event has a link name, and each link name has one
	 * catch event and at least one throw event. As in the original (min-dash {@code groupBy}), link events without a
	 * name are grouped under the name {@code _}.
	 */
	LINK_EVENT("link-event", "error") {
		@Override
		Check create() {
			return (node, reporter) -> {
				if (!node.is("bpmn:FlowElementsContainer")) {
					return;
				}
				var links = node.flowElements().stream().filter(element -> element.is("bpmn:Event")
						&& element.eventDefinitions().stream().anyMatch(d -> d.is("bpmn:LinkEventDefinition")))
						.toList();
				for (var link : links) {
					if (linkName(link) == null || linkName(link).isEmpty()) {
						reporter.report(link.id(), "Link event is missing link name");
					}
				}
				var byName = new LinkedHashMap<String, List<Node>>();
				for (var link : links) {
					String name = linkName(link);
					byName.computeIfAbsent(name == null || name.isEmpty() ? "_" : name, key -> new ArrayList<>())
							.add(link);
				}
				byName.forEach((name, events) -> {
					if (events.size() == 1) {
						var event = events.get(0);
						reporter.report(event.id(), "Link " + (event.is("bpmn:ThrowEvent") ? "catch" : "throw")
								+ " event with link name <" + name + "> missing in scope");
						return;
					}
					var catchEvents = events.stream().filter(event -> event.is("bpmn:CatchEvent")).toList();
					if (catchEvents.size() > 1) {
						catchEvents.forEach(event -> reporter.report(event.id(),
								"Duplicate link catch event with link name <" + name + "> in scope"));
					}
					else if (catchEvents.isEmpty()) {
						events.forEach(event -> reporter.report(event.id(),
								"Link catch event with link name <" + name + "> missing in scope"));
					}
				});
			};
		}

		private String linkName(Node linkEvent) {
			return linkEvent.eventDefinitions().stream().filter(d -> d.is("bpmn:LinkEventDefinition")).findFirst()
					.map(Node::name).orElse(null);
		}
	},

	/**
	 * {@code rules/no-bpmndi.js} (error): every element with a visual representation (flow elements but data objects,
	 * also in sub-processes; participants; artifacts; lanes of the first lane set; message flows) is drawn.
	 */
	NO_BPMNDI("no-bpmndi", "error") {
		@Override
		Check create() {
			return (node, reporter) -> {
				if (!node.is("bpmn:Definitions")) {
					return;
				}
				var drawn = new HashSet<String>();
				for (var diagram : node.children("bpmndi:BPMNDiagram")) {
					var plane = diagram.child("bpmndi:BPMNPlane");
					if (plane == null) {
						continue;
					}
					for (var diElement : plane.children("di:DiagramElement")) {
						var bpmnElement = diElement.ref("bpmnElement");
						if (bpmnElement != null) {
							drawn.add(bpmnElement.id());
						}
					}
				}
				allBpmnElements(node.children("bpmn:RootElement")).stream()
						.filter(element -> !element.type().equals("bpmn:DataObject"))
						.filter(element -> !drawn.contains(element.id()))
						.forEach(element -> reporter.report(element.id(), "Element is missing bpmndi"));
			};
		}

		private List<Node> allBpmnElements(List<Node> rootElements) {
			var elements = new ArrayList<Node>();
			for (var rootElement : rootElements) {
				var laneSets = rootElement.children("bpmn:LaneSet");
				var laneSet = !laneSets.isEmpty() ? laneSets.get(0) : rootElement.child("bpmn:ChildLaneSet");
				var flowElements = rootElement.flowElements();
				elements.addAll(flowElements);
				elements.addAll(allBpmnElements(
						flowElements.stream().filter(element -> !element.flowElements().isEmpty()).toList()));
				elements.addAll(rootElement.children("bpmn:Participant"));
				elements.addAll(rootElement.children("bpmn:Artifact"));
				if (laneSet != null) {
					var lanes = laneSet.children("bpmn:Lane");
					elements.addAll(lanes);
					elements.addAll(allBpmnElements(
							lanes.stream().filter(lane -> lane.child("bpmn:ChildLaneSet") != null).toList()));
				}
				elements.addAll(rootElement.children("bpmn:MessageFlow"));
			}
			return elements;
		}
	},

	/** {@code rules/no-complex-gateway.js} (error), after {@code helper.checkDiscouragedNodeType}. */
	NO_COMPLEX_GATEWAY("no-complex-gateway", "error") {
		@Override
		Check create() {
			return discouraged("bpmn:ComplexGateway");
		}
	},

	/**
	 * {@code rules/no-disconnected.js} (error): every task, gateway, sub-process and event has an incoming or an
	 * outgoing flow, but event sub-processes, compensation boundary events and activities, and the children of an
	 * ad-hoc sub-process.
	 */
	NO_DISCONNECTED("no-disconnected", "error") {
		@Override
		Check create() {
			return (node, reporter) -> {
				if (!node.isAny("bpmn:Task", "bpmn:Gateway", "bpmn:SubProcess", "bpmn:Event")
						|| node.bool("triggeredByEvent", false)) {
					return;
				}
				boolean compensationBoundary = node.is("bpmn:BoundaryEvent") && node.eventDefinitions().size() == 1
						&& node.eventDefinitions().get(0).is("bpmn:CompensateEventDefinition");
				if (compensationBoundary || node.bool("isForCompensation", false)) {
					return;
				}
				if (node.parent() != null && node.parent().is("bpmn:AdHocSubProcess")) {
					return;
				}
				if (node.incoming().isEmpty() && node.outgoing().isEmpty()) {
					reporter.report(node.id(), "Element is not connected");
				}
			};
		}
	},

	/**
	 * {@code rules/no-duplicate-sequence-flows.js} (error): no two sequence flows share source, target and condition;
	 * the later one is the duplicate, and its source and target are reported once each.
	 */
	NO_DUPLICATE_SEQUENCE_FLOWS("no-duplicate-sequence-flows", "error") {
		@Override
		Check create() {
			var keyed = new HashSet<String>();
			var outgoingReported = new HashSet<String>();
			var incomingReported = new HashSet<String>();
			return (node, reporter) -> {
				if (!node.is("bpmn:SequenceFlow")) {
					return;
				}
				var source = node.ref("sourceRef");
				var target = node.ref("targetRef");
				var condition = node.conditionExpression();
				String key = (source != null ? source.id() : node.id()) + "#"
						+ (target != null ? target.id() : node.id()) + "#" + (condition != null ? condition.body() : "");
				if (!keyed.add(key)) {
					reporter.report(node.id(), "SequenceFlow is a duplicate");
					if (outgoingReported.add(source.id())) {
						reporter.report(source.id(), "Duplicate outgoing sequence flows");
					}
					if (incomingReported.add(target.id())) {
						reporter.report(target.id(), "Duplicate incoming sequence flows");
					}
				}
			};
		}
	},

	/** {@code rules/no-gateway-join-fork.js} (error): a gateway joins or forks, not both. */
	NO_GATEWAY_JOIN_FORK("no-gateway-join-fork", "error") {
		@Override
		Check create() {
			return (node, reporter) -> {
				if (node.is("bpmn:Gateway") && node.incoming().size() > 1 && node.outgoing().size() > 1) {
					reporter.report(node.id(), "Gateway forks and joins");
				}
			};
		}
	},

	/**
	 * {@code rules/no-implicit-split.js} (error): an activity or event has at most one outgoing flow that is neither
	 * conditional nor the default; parallel splits are gateways.
	 */
	NO_IMPLICIT_SPLIT("no-implicit-split", "error") {
		@Override
		Check create() {
			return (node, reporter) -> {
				if (!node.isAny("bpmn:Activity", "bpmn:Event")) {
					return;
				}
				var defaultFlow = node.ref("default");
				long plain = node.outgoing().stream().filter(flow -> !hasCondition(flow) && flow != defaultFlow).count();
				if (plain > 1) {
					reporter.report(node.id(), "Flow splits implicitly");
				}
			};
		}
	},

	/**
	 * {@code rules/no-implicit-end.js} (error): every event, activity and gateway but end events has an outgoing flow,
	 * except event sub-processes, link throw events, children of an ad-hoc sub-process, compensation boundary events
	 * with an association in their process, and compensation activities.
	 */
	NO_IMPLICIT_END("no-implicit-end", "error") {
		@Override
		Check create() {
			return (node, reporter) -> {
				if (!node.isAny("bpmn:Event", "bpmn:Activity", "bpmn:Gateway")) {
					return;
				}
				if (node.is("bpmn:SubProcess") && node.bool("triggeredByEvent", false)) {
					return;
				}
				if (node.is("bpmn:IntermediateThrowEvent") && allDefinitions(node, "bpmn:LinkEventDefinition")) {
					return;
				}
				if (node.parent() != null && node.parent().is("bpmn:AdHocSubProcess")) {
					return;
				}
				if (node.is("bpmn:EndEvent")) {
					return;
				}
				if (node.is("bpmn:BoundaryEvent") && allDefinitions(node, "bpmn:CompensateEventDefinition")
						&& hasCompensationActivity(node)) {
					return;
				}
				if (node.is("bpmn:Activity") && node.bool("isForCompensation", false)) {
					return;
				}
				if (node.outgoing().isEmpty()) {
					reporter.report(node.id(), "Element is an implicit end");
				}
			};
		}

		private boolean hasCompensationActivity(Node node) {
			var process = node.parent();
			while (process.parent() != null && !process.is("bpmn:Process")) {
				process = process.parent();
			}
			return process.children("bpmn:Association").stream().anyMatch(association -> {
				var source = association.ref("sourceRef");
				return source != null && Objects.equals(source.id(), node.id());
			});
		}
	},

	/**
	 * {@code rules/no-implicit-start.js} (error): every event, activity and gateway but start and boundary events has
	 * an incoming flow, except compensation activities, children of an ad-hoc sub-process, event sub-processes and link
	 * catch events.
	 */
	NO_IMPLICIT_START("no-implicit-start", "error") {
		@Override
		Check create() {
			return (node, reporter) -> {
				if (!node.isAny("bpmn:Event", "bpmn:Activity", "bpmn:Gateway")) {
					return;
				}
				if (node.is("bpmn:Activity") && node.bool("isForCompensation", false)) {
					return;
				}
				if (node.parent() != null && node.parent().is("bpmn:AdHocSubProcess")) {
					return;
				}
				if (node.is("bpmn:SubProcess") && node.bool("triggeredByEvent", false)) {
					return;
				}
				if (node.is("bpmn:IntermediateCatchEvent") && allDefinitions(node, "bpmn:LinkEventDefinition")) {
					return;
				}
				if (node.isAny("bpmn:StartEvent", "bpmn:BoundaryEvent")) {
					return;
				}
				if (node.incoming().isEmpty()) {
					reporter.report(node.id(), "Element is an implicit start");
				}
			};
		}
	},

	/** {@code rules/no-inclusive-gateway.js} (warn), after {@code helper.checkDiscouragedNodeType}. */
	NO_INCLUSIVE_GATEWAY("no-inclusive-gateway", "warn") {
		@Override
		Check create() {
			return discouraged("bpmn:InclusiveGateway");
		}
	},

	/**
	 * {@code rules/no-overlapping-elements.js} (warn): no two drawn shapes of one scope touch or overlap (bounds
	 * compared inclusively; a boundary event may overlap its host, labels and edges are not compared), participants do
	 * not overlap, and the shapes inside a participant or an expanded sub-process lie within its bounds.
	 */
	NO_OVERLAPPING_ELEMENTS("no-overlapping-elements", "warn") {
		@Override
		Check create() {
			return (node, reporter) -> {
				if (!node.is("bpmn:Definitions")) {
					return;
				}
				var diObjects = new IdentityHashMap<Node, Node>();
				for (var diagram : node.children("bpmndi:BPMNDiagram")) {
					var plane = diagram.child("bpmndi:BPMNPlane");
					if (plane == null) {
						continue;
					}
					for (var planeElement : plane.children("di:DiagramElement")) {
						var bpmnElement = planeElement.ref("bpmnElement");
						if (bpmnElement != null) {
							diObjects.put(bpmnElement, planeElement);
						}
					}
				}
				var overlapping = new LinkedHashSet<Node>();
				var outside = new LinkedHashSet<Node>();
				var parentDiOfProcess = new IdentityHashMap<Node, Node>();
				for (var collaboration : node.children("bpmn:Collaboration")) {
					var participants = collaboration.children("bpmn:Participant");
					checkElements(participants, overlapping, diObjects);
					for (var participant : participants) {
						var process = participant.ref("processRef");
						if (process != null && diObjects.get(participant) != null) {
							parentDiOfProcess.put(process, diObjects.get(participant));
						}
					}
				}
				for (var process : node.children("bpmn:Process")) {
					checkProcess(process, overlapping, outside, diObjects, parentDiOfProcess.get(process));
				}
				overlapping.forEach(element -> reporter.report(element.id(), "Element overlaps with other element"));
				outside.forEach(element -> reporter.report(element.id(), "Element is outside of parent boundary"));
			};
		}

		private void checkProcess(Node container, Set<Node> overlapping, Set<Node> outside, Map<Node, Node> diObjects,
				Node parentDi) {
			var flowElements = container.flowElements();
			var withDi = flowElements.stream().filter(diObjects::containsKey).toList();
			checkElements(withDi, overlapping, diObjects);
			for (var element : withDi) {
				if (!element.is("bpmn:DataStoreReference")
						&& isOutsideParentBoundary(bounds(diObjects.get(element)), bounds(parentDi))) {
					outside.add(element);
				}
			}
			for (var subProcess : flowElements.stream().filter(element -> element.is("bpmn:SubProcess")).toList()) {
				var subProcessDi = diObjects.get(subProcess);
				var boundary = subProcessDi != null && subProcessDi.bool("isExpanded", false) ? subProcessDi : null;
				checkProcess(subProcess, overlapping, outside, diObjects, boundary);
			}
		}

		private void checkElements(List<Node> elements, Set<Node> overlapping, Map<Node, Node> diObjects) {
			for (int i = 0; i < elements.size() - 1; i++) {
				var element = elements.get(i);
				for (int j = i + 1; j < elements.size(); j++) {
					var element2 = elements.get(j);
					if (element.ref("attachedToRef") == element2 || element2.ref("attachedToRef") == element) {
						continue;
					}
					var bounds1 = bounds(diObjects.get(element));
					var bounds2 = bounds(diObjects.get(element2));
					if (bounds1 == null || bounds2 == null) {
						continue;
					}
					if (isCollision(bounds1, bounds2)) {
						overlapping.add(element);
						overlapping.add(element2);
					}
				}
			}
		}

		private Node bounds(Node di) {
			return di == null ? null : di.child("dc:Bounds");
		}

		private boolean isOutsideParentBoundary(Node child, Node parent) {
			if (!isValidShape(child) || !isValidShape(parent)) {
				return false;
			}
			boolean topLeftInside = x(child) >= x(parent) && y(child) >= y(parent);
			boolean bottomRightInside = x(child) + w(child) <= x(parent) + w(parent)
					&& y(child) + h(child) <= y(parent) + h(parent);
			return !(topLeftInside && bottomRightInside);
		}

		private boolean isCollision(Node first, Node second) {
			if (!isValidShape(first) || !isValidShape(second)) {
				return false;
			}
			boolean collisionX = x(first) + w(first) >= x(second) && x(second) + w(second) >= x(first);
			boolean collisionY = y(first) + h(first) >= y(second) && y(second) + h(second) >= y(first);
			return collisionX && collisionY;
		}

		private boolean isValidShape(Node bounds) {
			return bounds != null && bounds.is("dc:Bounds") && bounds.number("x") != null && bounds.number("y") != null
					&& bounds.number("width") != null && bounds.number("height") != null;
		}

		private double x(Node bounds) {
			return bounds.number("x");
		}

		private double y(Node bounds) {
			return bounds.number("y");
		}

		private double w(Node bounds) {
			return bounds.number("width");
		}

		private double h(Node bounds) {
			return bounds.number("height");
		}
	},

	/** {@code rules/single-blank-start-event.js} (error): at most one blank start event per process or sub-process. */
	SINGLE_BLANK_START_EVENT("single-blank-start-event", "error") {
		@Override
		Check create() {
			return (node, reporter) -> {
				if (!node.is("bpmn:FlowElementsContainer")) {
					return;
				}
				long blank = node.flowElements().stream()
						.filter(element -> element.is("bpmn:StartEvent") && element.eventDefinitions().isEmpty())
						.count();
				if (blank > 1) {
					reporter.report(node.id(), scope(node) + " has multiple blank start events");
				}
			};
		}
	},

	/** {@code rules/single-event-definition.js} (error): an event has at most one event definition. */
	SINGLE_EVENT_DEFINITION("single-event-definition", "error") {
		@Override
		Check create() {
			return (node, reporter) -> {
				if (node.is("bpmn:Event") && node.eventDefinitions().size() > 1) {
					reporter.report(node.id(), "Event has multiple event definitions");
				}
			};
		}
	},

	/** {@code rules/start-event-required.js} (error): every process and sub-process (not ad-hoc) has a start event. */
	START_EVENT_REQUIRED("start-event-required", "error") {
		@Override
		Check create() {
			return (node, reporter) -> {
				if (!node.isAny("bpmn:Process", "bpmn:SubProcess") || node.is("bpmn:AdHocSubProcess")) {
					return;
				}
				if (node.flowElements().stream().noneMatch(element -> element.is("bpmn:StartEvent"))) {
					reporter.report(node.id(), scope(node) + " is missing start event");
				}
			};
		}
	},

	/** {@code rules/sub-process-blank-start-event.js} (error): a sub-process that is not an event sub-process starts blank. */
	SUB_PROCESS_BLANK_START_EVENT("sub-process-blank-start-event", "error") {
		@Override
		Check create() {
			return (node, reporter) -> {
				if (!node.is("bpmn:SubProcess") || node.bool("triggeredByEvent", false)) {
					return;
				}
				for (var flowElement : node.flowElements()) {
					if (flowElement.is("bpmn:StartEvent") && !flowElement.eventDefinitions().isEmpty()) {
						reporter.report(flowElement.id(), "Start event must be blank");
					}
				}
			};
		}
	},

	/** {@code rules/superfluous-gateway.js} (warn): a gateway with exactly one incoming and one outgoing flow. */
	SUPERFLUOUS_GATEWAY("superfluous-gateway", "warn") {
		@Override
		Check create() {
			return (node, reporter) -> {
				if (node.is("bpmn:Gateway") && node.incoming().size() == 1 && node.outgoing().size() == 1) {
					reporter.report(node.id(), "Gateway is superfluous. It only has one source and target.");
				}
			};
		}
	},

	/**
	 * {@code rules/superfluous-label.js} (warn, since 11.15.0): only a conditional flow, a default flow or a flow
	 * forking out of an exclusive or inclusive gateway carries a label.
	 */
	SUPERFLUOUS_LABEL("superfluous-label", "warn") {
		@Override
		Check create() {
			return (node, reporter) -> {
				if (!node.is("bpmn:SequenceFlow")) {
					return;
				}
				if (Objects.requireNonNullElse(node.name(), "").trim().isEmpty()) {
					return;
				}
				var source = node.ref("sourceRef");
				boolean defaultFlow = source != null && source.ref("default") == node;
				boolean gatewayFork = source != null
						&& source.isAny("bpmn:ExclusiveGateway", "bpmn:InclusiveGateway")
						&& source.outgoing().size() > 1;
				if (hasCondition(node) || defaultFlow || gatewayFork) {
					return;
				}
				reporter.report(node.id(), "Sequence flow has superfluous label");
			};
		}
	},

	/**
	 * {@code rules/superfluous-termination.js} (warn): a terminate end event is superfluous where it is the only one and
	 * every other end of its scope (a flow node without outgoing flows) is an interrupting event sub-process.
	 */
	SUPERFLUOUS_TERMINATION("superfluous-termination", "warn") {
		@Override
		Check create() {
			return (node, reporter) -> {
				if (!node.isAny("bpmn:Process", "bpmn:SubProcess")) {
					return;
				}
				var ends = node.flowElements().stream()
						.filter(element -> element.is("bpmn:FlowNode") && element.outgoing().isEmpty()).toList();
				var terminateEnds = ends.stream().filter(this::isTerminateEnd).toList();
				if (terminateEnds.size() != 1) {
					return;
				}
				if (ends.stream().allMatch(end -> isInterruptingEventSub(end) || isTerminateEnd(end))) {
					terminateEnds.forEach(end -> reporter.report(end.id(), "Termination is superfluous."));
				}
			};
		}

		private boolean isTerminateEnd(Node element) {
			return element.is("bpmn:EndEvent")
					&& element.eventDefinitions().stream().anyMatch(d -> d.is("bpmn:TerminateEventDefinition"));
		}

		private boolean isInterruptingEventSub(Node element) {
			return element.is("bpmn:SubProcess") && element.bool("triggeredByEvent", false)
					&& element.flowElements().stream()
							.anyMatch(e -> e.is("bpmn:StartEvent") && e.bool("isInterrupting", true));
		}
	};

	/** A rule's check, called for every element of one file (bpmnlint's {@code check(node, reporter)}). */
	@FunctionalInterface
	interface Check {

		void check(Node node, Reporter reporter);
	}

	private final String ruleName;

	private final String level;

	BpmnLintRule(String ruleName, String level) {
		this.ruleName = ruleName;
		this.level = level;
	}

	/** The rule's name in bpmnlint, e.g. {@code no-gateway-join-fork}. */
	String ruleName() {
		return ruleName;
	}

	/** The rule's level in {@code bpmnlint:recommended}: {@code error} or {@code warn}. */
	String level() {
		return level;
	}

	/** A fresh check for one file (bpmnlint's rule factory). */
	abstract Check create();

	static BpmnLintRule named(String ruleName) {
		for (var rule : values()) {
			if (rule.ruleName.equals(ruleName)) {
				return rule;
			}
		}
		throw new IllegalArgumentException("No ported rule " + ruleName);
	}

	private static boolean hasCondition(Node flow) {
		return flow.conditionExpression() != null;
	}

	private static String scope(Node node) {
		return node.is("bpmn:SubProcess") ? "Sub process" : "Process";
	}

	private static boolean allDefinitions(Node node, String type) {
		var definitions = node.eventDefinitions();
		return !definitions.isEmpty() && definitions.stream().allMatch(definition -> definition.is(type));
	}

	private static Check discouraged(String type) {
		return (node, reporter) -> {
			if (node.is(type)) {
				reporter.report(node.id(), "Element type <" + type + "> is discouraged");
			}
		};
	}
}
