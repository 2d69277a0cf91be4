package ogi.casework.litigation;

/**
 * The reconsideration procedure: OGI cases qualify for the simplified one (复议法 Art. 53(四)), so it is the default;
 * the body may still use the ordinary one.
 */
public enum Procedure {

	/** 简易程序: the copy within 3 WD, the reply within 5 WD (复议法 Art. 54). */
	SIMPLIFIED,

	/** 普通程序: the copy within 7 WD, the reply within 10 WD (复议法 Art. 48). */
	ORDINARY
}
