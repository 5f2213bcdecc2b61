namespace Timeline.Domain.Model;

/// <summary>How much of a date the text supports.</summary>
public enum DatePrecision { Day, Week, Month, Year }

/// <summary>What happened; pledged and delivered are kept apart on purpose.</summary>
public enum EventType { Meeting, Decision, Pledge, Delivery, Request, Attack, Statement, Other }

/// <summary>How an article's publication date was found.</summary>
public enum PublicationDateSource { Given, Inferred, Unknown }

public enum ActorKind { Person, Country, Organisation }
