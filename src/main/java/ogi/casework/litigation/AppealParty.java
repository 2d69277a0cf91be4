package ogi.casework.litigation;

/** Who lodged the appeal against a first-instance judgment or ruling. */
public enum AppealParty {
	AGENCY, OPPONENT
}
