package ogi.casework.litigation;

/** How many reconsiderations and lawsuits were brought about one case (for the litigation-risk rules). */
public record MatterCounts(int reconsiderations, int lawsuits) {

	public static final MatterCounts NONE = new MatterCounts(0, 0);

	public int total() {
		return reconsiderations + lawsuits;
	}
}
