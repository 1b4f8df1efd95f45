import torch
from torch.nn import functional as F

device = "cuda" if torch.cuda.is_available() else "cpu"
torch.manual_seed(0)
model = torch.nn.Linear(4, 1).to(device)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
default = torch.amp.GradScaler(device)
print("default scale:", default.get_scale())
print("default growth_interval:", default.get_growth_interval())
# Start small and grow fast, to see several changes in a few steps.
scaler = torch.amp.GradScaler(device, init_scale=1024.0, growth_interval=2)
x, y = torch.randn(8, 4).to(device), torch.randn(8, 1).to(device)

for step in range(6):
    opt.zero_grad()
    with torch.autocast(device_type=device, dtype=torch.float16):
        loss = F.mse_loss(model(x), y)
    scaler.scale(loss).backward()  # backward of loss * scale
    if step == 3:
        model.weight.grad[0, 0] = float("inf")  # simulate an overflow
    before = model.weight.detach().clone()
    scale = scaler.get_scale()
    scaler.step(opt)  # unscales; skips opt.step() if any grad is inf/nan
    scaler.update()  # adjusts the scale for the next step
    moved = not torch.equal(before, model.weight)
    print(f"step {step}: scale {scale} -> {scaler.get_scale()},", end="")
    print(f" weights updated: {moved}")
