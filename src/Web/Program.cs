using NorPreM.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddNorPreMWeb();

var app = builder.Build();
app.UseNorPreMWeb();
app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
