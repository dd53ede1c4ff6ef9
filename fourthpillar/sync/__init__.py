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

Trust (package format 3; keys in :mod:`trust`, checks in :mod:`rules`):

6. Every register has an Ed25519 signing key and an X25519 box key, kept in ``meta`` beside the
   replica id (a shared office database signs as one copy from every computer). The office
   enrols a field copy when it makes its first package: it makes the copy's replica id and key
   pair itself, pins the public half with the copy's province, and puts the private half and
   its own public keys inside the first package, which is encrypted (libsodium secretstream,
   header authenticated) with a key derived by argon2id from a one-time code and the package's
   salt. So the copy's keys reach the office with no round trip, and the copy pins the office's
   keys from a package only the code opens. The code (60 bits) travels apart from the file.
   One first package makes one copy: opened twice, it would make two copies with one identity
   (their changes would collide), so every laptop needs its own first package.
7. A package of changes names its recipient in its header and is signed by its sender over
   header and body, the body sealed (``SealedBox``) to the recipient. Reading checks, in this
   order and before decompressing anything: checksum, format, recipient, the sender's pinned and
   unrevoked key, the signature, the box; then decompresses within hard caps (total and per
   line). Replaying a genuine package finds everything held ("already here"); a forgery never
   gets that far, so it can no longer take the genuine package's change numbers.
8. Before merging, every change not yet held is checked like typed input (``domain.fields``)
   (a value the package itself shows replaced only for being safe: :mod:`history_values`),
   and, from an enrolled field copy, against that copy: its changes must carry its own replica
   id, an officer it created (or of its province; for a whole-register copy, one its first package
   gave it), and touch only records of its province or
   that it created. Anything wrong refuses the whole package (all or nothing, as an import), the
   refusal naming the first few changes. Hence field copies exchange only with their office
   (star): a field copy cannot vouch for another copy's changes. ``sync_with`` (direct, over a
   database login) is not signed, but its changes pass the same rules.
9. Events and registrations (issue 18): events are the whole office's, not a province's. Every
   copy holds them all (its first package and later ones) and may plan and change them, as the
   office does; so a copy's registrations, and the "full" status they set, never refuse its
   package. A registration belongs with its contact person's initiative (``initiative_id``,
   copied from the contact): a province's copy holds and changes those of its initiatives, and
   the walk-ins it registered itself; another office's walk-ins (a name and an e-mail, no
   initiative) never materialise on a copy, nor a registration whose contact it does not hold.
"""
