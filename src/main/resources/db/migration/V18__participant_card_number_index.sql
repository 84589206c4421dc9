-- The desk finds a participant by the card number they read out.
create index participant_overview_card_number on participant_overview (card_number) where card_number is not null;
