package ogi.casework.documents;

import ogi.casework.reply.Outcome;

/** How a reply letter states each outcome (Arts. 30, 35–39; spec §3 R-36 table). */
final class OutcomeWording {

	private OutcomeWording() {
	}

	/** The short label, e.g. 不予公开. */
	static String label(Outcome outcome) {
		return switch (outcome) {
			case DISCLOSE -> "予以公开";
			case ALREADY_PUBLIC -> "已主动公开";
			case PARTIAL -> "部分公开";
			case DENY -> "不予公开";
			case NOT_EXIST -> "政府信息不存在";
			case NOT_RESPONSIBLE -> "非本机关负责公开";
			case NEEDS_CREATION -> "需要制作或加工，不予提供";
			case UNCLEAR_AFTER_SUPPLEMENT -> "补正后申请内容仍不明确";
			case PETITION_NOT_OGI -> "信访、投诉、举报，不作为政府信息公开申请处理";
			case REPEAT -> "重复申请";
			case PUBLICATION -> "要求提供公开出版物";
			case ART35_REFUSED -> "申请数量、频次明显超过合理范围，不予处理";
			case CONFIRM_OR_REISSUE -> "要求确认或重新出具已获取信息";
			case SPECIAL_REGIME -> "法律法规对信息获取有特别规定";
			case ABANDONED_NO_SUPPLEMENT -> "逾期未补正，视为放弃申请";
			case ABANDONED_UNPAID -> "逾期未缴纳信息处理费，视为放弃申请";
			case WITHDRAWN -> "申请人撤回申请";
		};
	}

	/** The decision sentence. */
	static String decision(Outcome outcome, String earlierCase) {
		return switch (outcome) {
			case DISCLOSE -> "经审查，您申请获取的政府信息属于公开范围，本机关决定予以公开。";
			case ALREADY_PUBLIC -> "经审查，您申请获取的政府信息已经主动公开，您可以通过下列方式和途径获取。";
			case PARTIAL -> "经审查，您申请获取的政府信息中部分内容依法不予公开，本机关决定对可以公开的部分予以公开。";
			case DENY -> "经审查，您申请获取的政府信息属于依法不予公开的范围，本机关决定不予公开。";
			case NOT_EXIST -> "经检索，本机关未制作或者获取您申请的政府信息，该政府信息不存在。";
			case NOT_RESPONSIBLE -> "经审查，您申请获取的政府信息不属于本机关负责公开。";
			case NEEDS_CREATION -> "经审查，您申请获取的信息需要本机关对现有政府信息进行加工、分析，本机关不予提供。";
			case UNCLEAR_AFTER_SUPPLEMENT -> "经补正，您的申请内容仍不明确，本机关无法确定您所需的政府信息，不予处理。";
			case PETITION_NOT_OGI -> "您以政府信息公开申请的形式进行信访、投诉、举报等活动，本机关不作为政府信息公开申请处理。";
			case REPEAT -> "您的申请与本机关已经答复的申请" + (earlierCase == null ? "" : "（" + earlierCase + "）")
					+ "内容相同，本机关不予重复处理。";
			case PUBLICATION -> "您申请获取的信息属于公开出版物，本机关不予处理，您可以通过获取公开出版物的途径获取。";
			case ART35_REFUSED -> "您申请公开政府信息的数量、频次明显超过合理范围，且未能说明理由或者理由不合理，本机关不予处理。";
			case CONFIRM_OR_REISSUE -> "您要求本机关确认或者重新出具已获取的信息，不属于政府信息公开申请，本机关不予处理。";
			case SPECIAL_REGIME -> "您申请获取的信息属于法律、行政法规对信息的获取有特别规定的情形，请按照有关法律、行政法规的规定办理。";
			case ABANDONED_NO_SUPPLEMENT -> "您未在补正期限内补正，视为放弃申请，本机关不再处理。";
			case ABANDONED_UNPAID -> "您未在收费通知规定的期限内缴纳信息处理费，视为放弃申请，本机关不再处理。";
			case WITHDRAWN -> "您已撤回申请，本机关终止处理。";
		};
	}
}
