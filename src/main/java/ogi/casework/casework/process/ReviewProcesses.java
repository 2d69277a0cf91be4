package ogi.casework.casework.process;

import java.util.Date;
import java.util.Map;

import org.flowable.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * The port onto the {@code disclosureReview} process (processes/periodic-review.bpmn20.xml): one instance per
 * agency's periodic review (business key review-&lt;id&gt;, tenant = agency) waits for every item to be decided, with
 * a reminder and an escalation timer while it waits.
 */
@Component
public class ReviewProcesses {

	static final String PROCESS = "disclosureReview";

	/** The receive task that waits until every item of the review is decided. */
	static final String AWAIT_DECISIONS = "awaitReviewDecisions";

	static final String AGENCY_CODE = "agencyCode";

	static final String REVIEW_ID = "reviewId";

	static final String REMINDER_AT = "reviewReminderAt";

	static final String ESCALATION_AT = "reviewEscalationAt";

	private final RuntimeService runtime;

	ReviewProcesses(RuntimeService runtime) {
		this.runtime = runtime;
	}

	/** Starts the review's process, reminding at {@code remindAt} and escalating at {@code escalateAt}. */
	public void start(String agencyCode, long reviewId, Date remindAt, Date escalateAt) {
		runtime.createProcessInstanceBuilder().processDefinitionKey(PROCESS)
				.overrideProcessDefinitionTenantId(agencyCode).businessKey(businessKey(reviewId))
				.variables(Map.of(AGENCY_CODE, agencyCode, REVIEW_ID, reviewId, REMINDER_AT, remindAt, ESCALATION_AT,
						escalateAt))
				.start();
	}

	/** Every item is decided: the review's process ends, and its timers with it. */
	public void decided(String agencyCode, long reviewId) {
		var instance = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
				.processInstanceTenantId(agencyCode).processInstanceBusinessKey(businessKey(reviewId)).singleResult();
		if (instance == null) {
			return;
		}
		var waiting = runtime.createExecutionQuery().processInstanceId(instance.getId()).activityId(AWAIT_DECISIONS)
				.singleResult();
		if (waiting != null) {
			runtime.trigger(waiting.getId());
		}
	}

	/** Whether the review's process still waits for decisions. */
	public boolean waiting(String agencyCode, long reviewId) {
		return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).processInstanceTenantId(agencyCode)
				.processInstanceBusinessKey(businessKey(reviewId)).count() > 0;
	}

	static String businessKey(long reviewId) {
		return "review-" + reviewId;
	}
}
