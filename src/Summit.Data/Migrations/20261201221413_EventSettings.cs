using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Summit.Data.Migrations
{
    /// <inheritdoc />
    public partial class EventSettings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "CK_Conference_Days",
                table: "Conferences");

            migrationBuilder.DropColumn(
                name: "FirstDay",
                table: "Conferences");

            // The event's dates are its days' dates now: stored copies went stale as days were added or moved.
            migrationBuilder.DropColumn(
                name: "LastDay",
                table: "Conferences");

            migrationBuilder.AddColumn<Guid>(
                name: "Version",
                table: "Conferences",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Version",
                table: "Conferences");

            migrationBuilder.AddColumn<DateOnly>(
                name: "LastDay",
                table: "Conferences",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<DateOnly>(
                name: "FirstDay",
                table: "Conferences",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddCheckConstraint(
                name: "CK_Conference_Days",
                table: "Conferences",
                sql: "\"LastDay\" >= \"FirstDay\"");
        }
    }
}
