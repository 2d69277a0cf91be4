package ogi.casework.accounts;

/**
 * What a user may do; the same names are Spring Security roles and BPMN candidate groups.
 */
public enum Role {

	/** 登记员: logs incoming applications, registers them, delivers replies, archives case files. */
	CLERK,

	/** 承办人: researches, records the search, consults and drafts the reply. */
	HANDLER,

	/** 审核人: reviews drafted replies and approves or returns them. */
	REVIEWER,

	/** 政府信息公开工作机构负责人: signs off refusals and partial disclosures, approves extensions (Art. 33(2)). */
	HEAD,

	/** 法制工作人员: tracks reconsideration, litigation and risk. */
	LEGAL,

	/**
	 * 系统管理员 (agency administrator): manages the users of their own agency, the regional rest days their agency
	 * maintains and which region their agency follows.
	 */
	ADMIN,

	/**
	 * 平台管理员 (platform administrator): manages what every agency shares — the national holiday calendar, the
	 * agencies and their administrators; sees no cases.
	 */
	PLATFORM_ADMIN;

	/**
	 * The roles that work cases and so may read them (the case, its register, its letters, similar applications);
	 * the administrators manage accounts, calendars and agencies and read no case (least access to applicants' data).
	 */
	public static final java.util.Set<Role> CASEWORK = java.util.Collections
		.unmodifiableSet(java.util.EnumSet.of(CLERK, HANDLER, REVIEWER, HEAD, LEGAL));

	/**
	 * The roles whose work needs the applicant's identity in full — identity and phone numbers, addresses, e-mail,
	 * the identity proof and other papers the applicant sent — to register, contact and deliver (clerk) and to handle
	 * (handler); every other role sees them masked, cannot open those papers and cannot search by them (least access,
	 * 个人信息保护法 Art. 6).
	 */
	public static final java.util.Set<Role> PERSONAL_DATA = java.util.Collections
		.unmodifiableSet(java.util.EnumSet.of(CLERK, HANDLER));

	/** {@link #CASEWORK} as a {@code @PreAuthorize} rule (every endpoint that reads cases): keep the two in step. */
	public static final String CASEWORK_RULE = "hasAnyRole('CLERK', 'HANDLER', 'REVIEWER', 'HEAD', 'LEGAL')";

	public String authority() {
		return "ROLE_" + name();
	}
}
