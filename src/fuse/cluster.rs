//! Greedy clustering with a veto: a deterministic function of the set of items.
//!
//! Single linkage (union-find over linked pairs) would chain distinct events through a vague
//! report ("Nigeria" linked to both a Lagos and a Kano attack). Here two clusters merge
//! along a link only when every pair across them may be together (for attacks: no key
//! conflicts; for actors: every pair is linked), and merges are tried strongest link first,
//! ties broken by item order (items are sorted by IRI): the result depends on the items only,
//! never on the order they were ingested in.

use std::collections::{BTreeMap, HashSet};

/// Clusters of `n` items given the linked pairs `(i, j)` (`i < j`) with their scores, and
/// whether two items may share a cluster. Returns, for each item, its cluster's smallest item,
/// and the links that made the merges.
pub(crate) fn cluster(
    n: usize,
    links: &BTreeMap<(usize, usize), u32>,
    may_join: impl Fn(usize, usize) -> bool,
) -> (Vec<usize>, Vec<(usize, usize)>) {
    let mut order: Vec<(&(usize, usize), &u32)> = links.iter().collect();
    order.sort_by(|(pa, sa), (pb, sb)| sb.cmp(sa).then(pa.cmp(pb)));
    let mut cluster: Vec<usize> = (0..n).collect();
    let mut members: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
    let mut merges = Vec::new();
    // Clusters only grow, so two clusters of unchanged sizes that could not merge still cannot:
    // remembering the refusals keeps many links between two big clusters cheap.
    let mut refused: HashSet<(usize, usize, usize, usize)> = HashSet::new();
    for (&(i, j), _) in order {
        let (ci, cj) = (cluster[i], cluster[j]);
        if ci == cj {
            continue;
        }
        let key = (ci, cj, members[ci].len(), members[cj].len());
        if refused.contains(&key) {
            continue;
        }
        let all_compatible = members[ci]
            .iter()
            .all(|&x| members[cj].iter().all(|&y| may_join(x.min(y), x.max(y))));
        if !all_compatible {
            refused.insert(key);
            continue;
        }
        let (keep, gone) = (ci.min(cj), ci.max(cj));
        let moved = std::mem::take(&mut members[gone]);
        for &m in &moved {
            cluster[m] = keep;
        }
        members[keep].extend(moved);
        merges.push((i, j));
    }
    (cluster, merges)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strict(links: &BTreeMap<(usize, usize), u32>) -> impl Fn(usize, usize) -> bool + '_ {
        |x, y| links.contains_key(&(x, y))
    }

    #[test]
    fn a_vague_item_does_not_chain_two_clusters() {
        // 0 and 2 may not be together; 1 is linked to both, more strongly to 2.
        let links = BTreeMap::from([((0, 1), 1), ((1, 2), 5)]);
        let (c, merges) = cluster(3, &links, |x, y| (x, y) != (0, 2));
        assert_eq!(c, vec![0, 1, 1]);
        assert_eq!(merges, vec![(1, 2)]);
    }

    #[test]
    fn evidence_carries_through_a_member_unless_vetoed() {
        // 0 and 2 are not linked but may be together: 1 brings them into one cluster.
        let links = BTreeMap::from([((0, 1), 1), ((1, 2), 5)]);
        let (c, _) = cluster(3, &links, |_, _| true);
        assert_eq!(c, vec![0, 0, 0]);
        let (c, _) = cluster(3, &links, strict(&links));
        assert_eq!(c, vec![0, 1, 1]);
    }

    #[test]
    fn linked_items_form_one_cluster() {
        let links = BTreeMap::from([((0, 1), 2), ((0, 2), 2), ((1, 2), 3), ((3, 4), 1)]);
        let (c, merges) = cluster(5, &links, strict(&links));
        assert_eq!(c, vec![0, 0, 0, 3, 3]);
        assert_eq!(merges.len(), 3);
    }

    #[test]
    fn ties_are_broken_by_item_order() {
        let links = BTreeMap::from([((0, 1), 1), ((1, 2), 1)]);
        let (c, _) = cluster(3, &links, strict(&links));
        assert_eq!(c, vec![0, 0, 2]);
    }
}
