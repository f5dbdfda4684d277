package cn.fzmetro.portal.rating;

/** Where the follow-up of a poor rating stands. */
public enum FollowUpState {
    OPEN,
    DONE
}
