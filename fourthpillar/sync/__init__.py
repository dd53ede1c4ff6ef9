"""Field sync: packages (files that carry changes between replicas) and the per-field merge.

:mod:`package` reads and writes the file format, :mod:`log` reads the change log and version
vectors, :mod:`heads` and :mod:`merge` apply incoming changes, :mod:`conflicts` keeps the
Conflicts list and :mod:`snapshot` makes and unpacks first packages. The use cases are in
:mod:`fourthpillar.services.sync`.

Why every replica ends up the same (the invariants the code keeps):

1. Every change has a global identity (origin replica, seq). Seqs of one origin are dense
   (1, 2, 3, ...): the trigger of migration 0004 allocates them under a lock on the origin's
   ``replica`` row, and a rolled-back transaction gives its numbers back.
2. Every replica holds, per origin, exactly the changes 1..held (a prefix). A package carries a
   ``from``/``to`` vector and all changes in between; applying checks ``held >= from`` (else it
   is refused: a gap) and skips what is already held, so duplicates and late packages change
   nothing. Packages are built from what the peer is *known* to hold (learnt from its own
   packages), never from what was sent, so a lost package is simply carried again.
3. Within a package, changes come in causal order (after their parents and their origin's
   earlier changes), so a change's parents are always known when it arrives.
4. A field's state is its set of heads: the changes to it that no known change names as a
   parent. That set depends only on which changes are held, not on their order. The value shown
   is the head with the greatest (changed_at, replica, seq), the same rule everywhere; a local
   edit is stamped later than any head it leaves standing, so the local choice is everyone's.
5. Conflicts (several heads with different values; an archive whose writer had not seen an edit
   and vice versa) are likewise functions of the heads, so they open and close the same way on
   every replica. Resolving one is a change whose parents are all the heads: it travels and
   settles the field everywhere. The losing values stay in the change log (history).
"""
