package ogi.casework.reporting;

import java.time.LocalDate;
import java.util.List;

import ogi.casework.accounts.AccountManagement;
import ogi.casework.accounts.Role;
import ogi.casework.intake.ApplicantType;
import ogi.casework.intake.Channel;
import ogi.casework.intake.IdDocumentType;
import ogi.casework.intake.NewApplication;
import ogi.casework.intake.ObtainingMethod;
import ogi.casework.intake.ProvisionForm;
import ogi.casework.reply.DraftForm;
import ogi.casework.reply.ExemptionGround;
import ogi.casework.reply.Outcome;
import ogi.casework.reply.WithheldPart;
import ogi.casework.support.Agencies;
import ogi.casework.support.ApplicationFixtures;

/** Agencies of their own for the reporting tests (other tests' cases never mix in), applications and reply drafts. */
final class ReportingFixtures {

	static final String REQUEST = "2025年本区道路维修资金的使用情况";

	private ReportingFixtures() {
	}

	/** Creates {@code code} with one user per role (user names as {@link Agencies#username}), once per test run. */
	static void agency(AccountManagement accounts, String code) {
		if (accounts.findAgency(code).isPresent()) {
			return;
		}
		accounts.createAgency(code, code + " 区政府信息公开办公室");
		for (Role role : Role.values()) {
			accounts.createUser(Agencies.username(code, role), Agencies.PASSWORD, code + " " + role, code, role);
		}
	}

	/** An application of {@code type} handed in on {@code on}; organisations prove identity with a certificate. */
	static NewApplication application(ApplicantType type, LocalDate on, String idNumber) {
		return new NewApplication(applicant(type, idNumber), REQUEST, null, ProvisionForm.ELECTRONIC,
				ObtainingMethod.EMAIL, Channel.IN_PERSON, new NewApplication.ChannelDates(on, null, null, null), false,
				null);
	}

	/** The same applicant's application by signed post, signed for on {@code signedForOn}. */
	static NewApplication bySignedPost(ApplicantType type, LocalDate signedForOn, String idNumber) {
		return new NewApplication(applicant(type, idNumber), REQUEST, null, ProvisionForm.PAPER,
				ObtainingMethod.POST, Channel.POST_SIGNED,
				new NewApplication.ChannelDates(null, signedForOn, null, null), false, null);
	}

	/** The default applicant of each type: one natural person, one organisation per type. */
	static String idOf(ApplicantType type) {
		return type == ApplicantType.NATURAL_PERSON ? ApplicationFixtures.RESIDENT_ID : "ORG-" + type.name();
	}

	private static NewApplication.Applicant applicant(ApplicantType type, String idNumber) {
		return new NewApplication.Applicant(type, type == ApplicantType.NATURAL_PERSON ? "张三" : "某某" + type.ordinal() + "单位",
				type.isOrganisation() ? IdDocumentType.OTHER_ORGANISATION_CERTIFICATE : IdDocumentType.RESIDENT_ID_CARD,
				idNumber, "13800138000", "applicant@example.cn", "北京市西城区某街1号");
	}

	/** A draft with the content {@code outcome} requires; {@code earlierCase} for a REPEAT. */
	static DraftForm draft(Outcome outcome, ExemptionGround ground, String earlierCase) {
		return switch (outcome) {
			case DENY -> new DraftForm(outcome, ground, "依据" + ground.article() + "不予公开", null, null, null, null, null);
			case PARTIAL -> new DraftForm(outcome, null, null, "电子邮件发送可公开部分", null, null, null,
					List.of(new WithheldPart("附件二中的个人信息", ExemptionGround.THIRD_PARTY_RIGHTS, "涉及个人隐私")));
			case DISCLOSE, ALREADY_PUBLIC, PUBLICATION -> new DraftForm(outcome, null, null, "通过电子邮件提供", null,
					null, null, null);
			case NOT_RESPONSIBLE -> new DraftForm(outcome, null, "该信息由区财政局制作", null, "区财政局", "010-12345678",
					null, null);
			case REPEAT -> new DraftForm(outcome, null, null, null, null, null, earlierCase, null);
			default -> new DraftForm(outcome, null, "依据" + outcome.article() + "答复", null, null, null, null, null);
		};
	}
}
