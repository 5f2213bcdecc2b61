namespace Timeline.Domain.Model;

/// <summary>How much of a date the text supports.</summary>
public enum DatePrecision { Day, Week, Month, Year }

/// <summary>What happened; pledged and delivered are kept apart on purpose.</summary>
public enum EventType { Meeting, Decision, Pledge, Delivery, Request, Attack, Statement, Other }

/// <summary>
/// How a sentence dates its event: by an explicit date ("4 April 2024"), by a phrase relative to the publication date
/// ("on Thursday"), or by the publication date alone (no date phrase: approximate). Unknown for evidence stored before it was kept.
/// </summary>
public enum DatingBasis { Unknown, Explicit, Relative, Publication }

/// <summary>How an article's publication date was found.</summary>
public enum PublicationDateSource { Given, Inferred, Unknown }

public enum ActorKind { Person, Country, Organisation }
