CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "Actors" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Actors" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "Kind" TEXT NULL
);

CREATE TABLE "Articles" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Articles" PRIMARY KEY AUTOINCREMENT,
    "ContentHash" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Url" TEXT NULL,
    "Publisher" TEXT NULL,
    "Language" TEXT NULL,
    "MachineTranslated" INTEGER NOT NULL,
    "TranslatedFrom" TEXT NULL,
    "Text" TEXT NOT NULL,
    "PublishedDate" TEXT NULL,
    "PublishedPrecision" TEXT NOT NULL,
    "PublishedSource" TEXT NOT NULL,
    "PublishedConfidence" REAL NOT NULL,
    "PublishedEvidence" TEXT NOT NULL,
    "Problems" TEXT NOT NULL,
    "ImportedAt" TEXT NOT NULL
);

CREATE TABLE "Events" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Events" PRIMARY KEY,
    "Date" TEXT NOT NULL,
    "EndDate" TEXT NULL,
    "LastDay" TEXT NOT NULL,
    "Precision" TEXT NOT NULL,
    "Approximate" INTEGER NOT NULL,
    "Confidence" REAL NOT NULL,
    "Type" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "Location" TEXT NULL,
    "SearchText" TEXT NOT NULL,
    "SourceCount" INTEGER NOT NULL
);

CREATE TABLE "Systems" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Systems" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL
);

CREATE TABLE "EventActors" (
    "EventId" TEXT NOT NULL,
    "ActorId" INTEGER NOT NULL,
    CONSTRAINT "PK_EventActors" PRIMARY KEY ("EventId", "ActorId"),
    CONSTRAINT "FK_EventActors_Actors_ActorId" FOREIGN KEY ("ActorId") REFERENCES "Actors" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_EventActors_Events_EventId" FOREIGN KEY ("EventId") REFERENCES "Events" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Evidence" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Evidence" PRIMARY KEY AUTOINCREMENT,
    "EventId" TEXT NOT NULL,
    "ArticleId" INTEGER NOT NULL,
    "Start" INTEGER NOT NULL,
    "End" INTEGER NOT NULL,
    "Quote" TEXT NOT NULL,
    "DateResolution" TEXT NOT NULL,
    CONSTRAINT "FK_Evidence_Articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "Articles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Evidence_Events_EventId" FOREIGN KEY ("EventId") REFERENCES "Events" ("Id") ON DELETE CASCADE
);

CREATE TABLE "EventSystems" (
    "EventId" TEXT NOT NULL,
    "SystemId" INTEGER NOT NULL,
    CONSTRAINT "PK_EventSystems" PRIMARY KEY ("EventId", "SystemId"),
    CONSTRAINT "FK_EventSystems_Events_EventId" FOREIGN KEY ("EventId") REFERENCES "Events" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_EventSystems_Systems_SystemId" FOREIGN KEY ("SystemId") REFERENCES "Systems" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_Actors_Name" ON "Actors" ("Name");

CREATE UNIQUE INDEX "IX_Articles_ContentHash" ON "Articles" ("ContentHash");

CREATE INDEX "IX_EventActors_ActorId_EventId" ON "EventActors" ("ActorId", "EventId");

CREATE INDEX "IX_Events_Date_LastDay" ON "Events" ("Date", "LastDay");

CREATE INDEX "IX_Events_LastDay" ON "Events" ("LastDay");

CREATE INDEX "IX_Events_Type_Date" ON "Events" ("Type", "Date");

CREATE INDEX "IX_EventSystems_SystemId_EventId" ON "EventSystems" ("SystemId", "EventId");

CREATE INDEX "IX_Evidence_ArticleId_Start" ON "Evidence" ("ArticleId", "Start");

CREATE INDEX "IX_Evidence_EventId" ON "Evidence" ("EventId");

CREATE UNIQUE INDEX "IX_Systems_Name" ON "Systems" ("Name");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261123021013_Initial', '10.0.5');

COMMIT;

