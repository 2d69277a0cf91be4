package ogi.casework.casework.process;

import java.net.URI;

import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Two people acting on one task at once: the second is told to reload, and nothing of theirs was stored. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class FlowableProblems {

	@ExceptionHandler(FlowableOptimisticLockingException.class)
	ProblemDetail concurrentChange(FlowableOptimisticLockingException e) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Someone else changed this case at the same moment; reload it and try again");
		problem.setType(URI.create("/problems/concurrent-change"));
		problem.setTitle("Concurrent change");
		problem.setProperty("rule", "concurrentChange");
		return problem;
	}
}
