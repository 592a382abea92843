-- Articles as ingested: the file's text, its cleaned body and metadata.
create table articles (
  id text primary key,
  title text not null,
  published_on text,
  author text,
  publisher text,
  url text,
  source text,
  language text not null default 'en',
  raw_text text not null,
  body text not null,
  ingested_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

-- Lists show the newest first.
create index articles_newest on articles ((coalesce(published_on, '')) desc, id);

create table sentences (
  article_id text not null references articles (id) on delete cascade,
  sentence_index integer not null,
  start_offset integer not null,
  end_offset integer not null,
  paragraph integer not null,
  primary key (article_id, sentence_index)
);

-- Every figure ever issued keeps its row: a withdrawn one keeps its sentence and the reason,
-- so its permalink can say what it was and why it is gone.
create table figures (
  id text primary key,
  article_id text not null,
  sentence_index integer not null,
  span_start integer not null,
  span_end integer not null,
  sentence_text text not null,
  number_text text not null,
  metric text not null,
  reporter text not null,
  partner text not null,
  period text not null,
  value double precision not null,
  currency text,
  qualifier text not null,
  kind text not null,
  confidence double precision not null,
  extractor_version text not null,
  status text not null default 'current' check (status in ('current', 'withdrawn')),
  withdrawn_reason text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index figures_article on figures (article_id);
create index figures_current on figures (status, reporter, partner, period);

-- An id once issued and no longer a figure's own: where its claim lives now (a stated or a
-- derived figure's id).
create table figure_aliases (
  old_id text primary key,
  figure_id text not null,
  reason text not null,
  created_at timestamptz not null default now()
);
create index figure_aliases_target on figure_aliases (figure_id);

-- The derived figures of today, by pair (alphabetically first code first) and period: where a
-- derived id's page is found without computing every pair.
create table derived_figures (
  id text primary key,
  pair_a text not null,
  pair_b text not null,
  period text not null
);
create index derived_figures_group on derived_figures (pair_a, pair_b, period);

-- A derived figure's id once issued whose inputs no longer give it (a stated one keeps its row).
create table withdrawn_derived (
  id text primary key,
  metric text not null,
  reporter text not null,
  partner text not null,
  period text not null,
  reason text not null,
  withdrawn_at timestamptz not null default now()
);

-- Editors' reviews of figures (confirm, correct, reject), newest last.
create table reviews (
  id serial primary key,
  figure_id text not null references figures (id),
  editor text not null,
  action text not null check (action in ('confirm', 'correct', 'reject')),
  correction jsonb,
  note text,
  created_at timestamptz not null default now()
);
create index reviews_figure on reviews (figure_id);

-- One row per key: `version` counts writes, so a server's cache knows when to reload.
create table corpus_state (
  key text primary key,
  value text not null
);
insert into corpus_state (key, value) values ('version', '0');
