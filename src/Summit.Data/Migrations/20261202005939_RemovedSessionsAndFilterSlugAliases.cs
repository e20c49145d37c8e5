using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Summit.Data.Migrations
{
    /// <inheritdoc />
    public partial class RemovedSessionsAndFilterSlugAliases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DayDateAliases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DayId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DayDateAliases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DayDateAliases_Days_DayId",
                        column: x => x.DayId,
                        principalTable: "Days",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RemovedSessions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uid = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Start = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    End = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    RoomId = table.Column<int>(type: "INTEGER", nullable: true),
                    RoomSlug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RoomName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TrackId = table.Column<int>(type: "INTEGER", nullable: true),
                    TrackSlug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    TrackName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    LeadSlugs = table.Column<string>(type: "TEXT", nullable: false),
                    LeadNames = table.Column<string>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    RemovedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    MergedIntoUid = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RemovedSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RemovedSessions_Rooms_RoomId",
                        column: x => x.RoomId,
                        principalTable: "Rooms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_RemovedSessions_Tracks_TrackId",
                        column: x => x.TrackId,
                        principalTable: "Tracks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "RoomSlugAliases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RoomId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoomSlugAliases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoomSlugAliases_Rooms_RoomId",
                        column: x => x.RoomId,
                        principalTable: "Rooms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrackSlugAliases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TrackId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrackSlugAliases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrackSlugAliases_Tracks_TrackId",
                        column: x => x.TrackId,
                        principalTable: "Tracks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RemovedSessionAgendas",
                columns: table => new
                {
                    RemovedSessionId = table.Column<int>(type: "INTEGER", nullable: false),
                    AgendaId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RemovedSessionAgendas", x => new { x.RemovedSessionId, x.AgendaId });
                    table.ForeignKey(
                        name: "FK_RemovedSessionAgendas_Agendas_AgendaId",
                        column: x => x.AgendaId,
                        principalTable: "Agendas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RemovedSessionAgendas_RemovedSessions_RemovedSessionId",
                        column: x => x.RemovedSessionId,
                        principalTable: "RemovedSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DayDateAliases_Date",
                table: "DayDateAliases",
                column: "Date",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DayDateAliases_DayId",
                table: "DayDateAliases",
                column: "DayId");

            migrationBuilder.CreateIndex(
                name: "IX_RemovedSessionAgendas_AgendaId",
                table: "RemovedSessionAgendas",
                column: "AgendaId");

            migrationBuilder.CreateIndex(
                name: "IX_RemovedSessions_RoomId",
                table: "RemovedSessions",
                column: "RoomId");

            migrationBuilder.CreateIndex(
                name: "IX_RemovedSessions_Slug",
                table: "RemovedSessions",
                column: "Slug");

            migrationBuilder.CreateIndex(
                name: "IX_RemovedSessions_TrackId",
                table: "RemovedSessions",
                column: "TrackId");

            migrationBuilder.CreateIndex(
                name: "IX_RemovedSessions_Uid",
                table: "RemovedSessions",
                column: "Uid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RoomSlugAliases_RoomId",
                table: "RoomSlugAliases",
                column: "RoomId");

            migrationBuilder.CreateIndex(
                name: "IX_RoomSlugAliases_Slug",
                table: "RoomSlugAliases",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrackSlugAliases_Slug",
                table: "TrackSlugAliases",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrackSlugAliases_TrackId",
                table: "TrackSlugAliases",
                column: "TrackId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DayDateAliases");

            migrationBuilder.DropTable(
                name: "RemovedSessionAgendas");

            migrationBuilder.DropTable(
                name: "RoomSlugAliases");

            migrationBuilder.DropTable(
                name: "TrackSlugAliases");

            migrationBuilder.DropTable(
                name: "RemovedSessions");
        }
    }
}
