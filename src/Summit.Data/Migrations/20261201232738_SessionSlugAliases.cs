using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Summit.Data.Migrations
{
    /// <inheritdoc />
    public partial class SessionSlugAliases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SessionSlugAliases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SessionId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionSlugAliases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SessionSlugAliases_Sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SessionSlugAliases_SessionId",
                table: "SessionSlugAliases",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionSlugAliases_Slug",
                table: "SessionSlugAliases",
                column: "Slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SessionSlugAliases");
        }
    }
}
