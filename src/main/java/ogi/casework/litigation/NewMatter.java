package ogi.casework.litigation;

import java.time.Instant;
import java.time.LocalDate;

/** The columns of a matter being registered; MyBatis writes the generated id back into it. */
final class NewMatter {

	Long id;

	final String agencyCode;

	final MatterKind kind;

	final String body;

	final String referenceNumber;

	final LocalDate copyReceivedOn;

	final Procedure procedureKind;

	final Long earlierMatterId;

	final String registeredBy;

	final Instant registeredAt;

	NewMatter(String agencyCode, MatterKind kind, String body, String referenceNumber, LocalDate copyReceivedOn,
			Procedure procedureKind, Long earlierMatterId, String registeredBy, Instant registeredAt) {
		this.agencyCode = agencyCode;
		this.kind = kind;
		this.body = body;
		this.referenceNumber = referenceNumber;
		this.copyReceivedOn = copyReceivedOn;
		this.procedureKind = procedureKind;
		this.earlierMatterId = earlierMatterId;
		this.registeredBy = registeredBy;
		this.registeredAt = registeredAt;
	}

	public Long getId() {
		return id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public String getAgencyCode() {
		return agencyCode;
	}

	public MatterKind getKind() {
		return kind;
	}

	public String getBody() {
		return body;
	}

	public String getReferenceNumber() {
		return referenceNumber;
	}

	public LocalDate getCopyReceivedOn() {
		return copyReceivedOn;
	}

	public Procedure getProcedureKind() {
		return procedureKind;
	}

	public Long getEarlierMatterId() {
		return earlierMatterId;
	}

	public String getRegisteredBy() {
		return registeredBy;
	}

	public Instant getRegisteredAt() {
		return registeredAt;
	}
}
