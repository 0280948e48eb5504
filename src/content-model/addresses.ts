import { opinionPath } from '../routing/urls';

/** What the address rules read of an op-ed. */
export interface AddressedOpinion {
  id: string;
  /** Where the op-ed is, as shown to editors. */
  file: string;
  oldAddresses: readonly string[];
}

/** A problem with one op-ed's `oldAddresses`, for the file it is in. */
export interface AddressProblem {
  file: string;
  field: 'oldAddresses';
  problem: string;
  fix: string;
}

/**
 * A shared link must lead to one op-ed: an old address may not be any op-ed's
 * current address (drafts included, as they go live later), and no two
 * op-eds may claim the same old address. The build and `npm run check` both
 * run this over every op-ed.
 */
export function addressProblems(opinions: readonly AddressedOpinion[]): AddressProblem[] {
  const live = new Map(opinions.map((opinion) => [opinion.id, opinion]));
  const claims = new Map<string, AddressedOpinion[]>();
  const problems: AddressProblem[] = [];
  for (const opinion of opinions) {
    for (const old of new Set(opinion.oldAddresses)) {
      claims.set(old, [...(claims.get(old) ?? []), opinion]);
      const owner = live.get(old);
      if (!owner) continue;
      problems.push({
        file: opinion.file,
        field: 'oldAddresses',
        problem:
          owner === opinion
            ? `“${old}” is this op-ed’s own address (its file name), not an old one`
            : `“${old}” is the address of ${owner.file}, which is live, so ${opinionPath(old)} cannot send readers here`,
        fix: `remove “${old}” from oldAddresses; list only file names this op-ed had before it was renamed`,
      });
    }
  }
  for (const [old, claimants] of claims) {
    if (claimants.length < 2) continue;
    for (const opinion of claimants) {
      problems.push({
        file: opinion.file,
        field: 'oldAddresses',
        problem: `${claimants.length} op-eds list “${old}” as an old address (${claimants.map(({ file }) => file).join(', ')}), and ${opinionPath(old)} can lead to only one`,
        fix: `keep “${old}” in the oldAddresses of the op-ed that really had that file name and remove it from the others`,
      });
    }
  }
  return problems;
}
