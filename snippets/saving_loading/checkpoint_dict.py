import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
x, y = torch.randn(8, 3), torch.randn(8, 1)
epochs = 3
for _ in range(epochs):  # full-batch: one step per epoch
    loss = nn.functional.mse_loss(model(x), y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()

# One file with everything needed to carry on training later.
checkpoint = {
    "epoch": epochs,
    "model": model.state_dict(),
    "optimizer": optimizer.state_dict(),
    "loss": loss.item(),
}
torch.save(checkpoint, "checkpoint.pt")

loaded = torch.load("checkpoint.pt", weights_only=True)
print("keys:", list(loaded))
print("epoch:", loaded["epoch"], " loss:", round(loaded["loss"], 4))
opt_state = loaded["optimizer"]
print("optimizer keys:", list(opt_state))
print("state of parameter 0:", list(opt_state["state"][0]))
print("steps taken:", opt_state["state"][0]["step"].item())
print("lr:", opt_state["param_groups"][0]["lr"])
