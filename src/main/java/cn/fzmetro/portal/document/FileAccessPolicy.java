package cn.fzmetro.portal.document;

import cn.fzmetro.portal.base.PortalUser;

/**
 * Who may read a stored file is decided by the module that owns it (the casefile module knows
 * who may see a case). Such a module implements this interface as a Spring bean. A file is
 * readable when at least one policy says yes; with no policy, or all saying no, the file does not
 * exist for that user (the download answers 404).
 *
 * <p>A policy answers {@code false} for owner types it does not own.
 */
public interface FileAccessPolicy {

    boolean mayRead(PortalUser user, String ownerType, long ownerId);
}
